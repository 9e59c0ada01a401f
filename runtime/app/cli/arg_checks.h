// Checks on argument values shared by the commands and the window app's options.
#pragma once
#include "cli/command.h"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace lectern::cli {

// Throws UsageError naming the first path that does not exist.
void requireExistingPaths(const std::vector<std::string>& paths);

// For options whose value cannot be empty ("--db=" is a mistake, not "the default").
CLI::Validator nonEmpty();

} // namespace lectern::cli
