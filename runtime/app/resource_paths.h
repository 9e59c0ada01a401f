// Finds the bundled course and the assets folder, both in the build tree (running from a
// checkout) and after `cmake --install` (running from /usr/local/bin).
#pragma once
#include <string>

namespace lectern::app {

std::string bundledCourseDir();
std::string assetsDir();

} // namespace lectern::app
