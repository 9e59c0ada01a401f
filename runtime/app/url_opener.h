// Opens an external link in the learner's browser (xdg-open), without a shell in between.
#pragma once
#include <string>

namespace lectern::app {

bool openUrlInBrowser(const std::string& url, std::string& error);

} // namespace lectern::app
