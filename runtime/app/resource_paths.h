// Finds the bundled course and the assets folder, both in the build tree (running from a
// checkout) and after `cmake --install` (running from /usr/local/bin).
#pragma once
#include <string>

namespace lectern::app {

std::string bundledCourseDir();
std::string assetsDir();
// The compiled interface translations (<name>/LC_MESSAGES/lectern.mo): installed, else the build tree's.
std::string localeDir();

} // namespace lectern::app
