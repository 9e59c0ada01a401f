// Writes the current OpenGL back buffer to a PNG (for --screenshot, docs and e2e tests).
#pragma once
#include <string>

namespace lectern::app {

bool writeFramebufferPng(const std::string& path, int width, int height, std::string& error);

} // namespace lectern::app
