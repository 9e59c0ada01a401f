// Where Lectern keeps the learner's files, following the XDG Base Directory specification:
// progress in $XDG_DATA_HOME/lectern (default ~/.local/share/lectern), settings such as
// imgui.ini and the window geometry in $XDG_CONFIG_HOME/lectern (default ~/.config/lectern).
// Never the working directory: on a shared machine it is often not the learner's.
#pragma once
#include <filesystem>
#include <string>

namespace lectern::platform {

std::filesystem::path dataDir();    // $XDG_DATA_HOME/lectern
std::filesystem::path configDir();  // $XDG_CONFIG_HOME/lectern
std::filesystem::path defaultDatabasePath();  // dataDir()/progress.db

// Creates the folder (and parents) if missing. Returns false with a message on failure.
bool ensureDir(const std::filesystem::path& dir, std::string& error);

} // namespace lectern::platform
