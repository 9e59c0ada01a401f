// The table LECTERN_CLI_COMMAND fills. See command.h.
#include "cli/command.h"

#include <algorithm>
#include <cstring>

namespace lectern::cli {
namespace {
// A function-local static: filled during static initialisation of the cmd_*.cpp files, whose
// order is unspecified, so it must exist before the first of them runs.
std::vector<Command>& table() {
    static std::vector<Command> commands;
    return commands;
}
} // namespace

bool registerCommand(const Command& command) {
    table().push_back(command);
    return true;
}

std::vector<Command> registeredCommands() {
    std::vector<Command> sorted = table();
    std::sort(sorted.begin(), sorted.end(), [](const Command& a, const Command& b) { return std::strcmp(a.name, b.name) < 0; });
    return sorted;
}

} // namespace lectern::cli
