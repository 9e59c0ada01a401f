#include "cli/arg_checks.h"

#include "load/course_loader.h"

namespace lectern::cli {

void requireExistingPaths(const std::vector<std::string>& paths) {
    for (const std::string& p : paths)
        if (classifyPath(p) == PathKind::Missing) throw UsageError(p + ": no such file or folder");
}

CLI::Validator nonEmpty() {
    return CLI::Validator([](std::string& value) { return value.empty() ? std::string("needs a value") : std::string(); },
                          "");
}

} // namespace lectern::cli
