// Files and folders private to the account that runs Lectern: learner progress, its -wal and
// -shm, backups, the unsaved-answers file and the --log file are created 0600, the folders
// Lectern creates for them 0700 (as XDG asks of $XDG_DATA_HOME). What already exists keeps
// its mode: a folder shared on purpose stays shared.
#pragma once
#include <filesystem>
#include <string>
#include <system_error>

namespace lectern::platform {

constexpr unsigned kPrivateFileMode = 0600;
constexpr unsigned kPrivateDirMode = 0700;

// Creates `dir` and every missing parent with mode 0700. ec is set when it could not.
void createPrivateDirectories(const std::filesystem::path& dir, std::error_code& ec);

// Creates `path` empty with mode 0600 when it does not exist yet (so that SQLite, which gives
// -wal and -shm the mode of the database, makes those 0600 too). An existing file is left as
// it is. False with `error` when it could not be created.
bool createPrivateFile(const std::string& path, std::string& error);

// Opens `path` for appending, creating it 0600; -1 with errno on failure.
int openPrivateForAppend(const std::string& path);

// Writes `bytes` to `path` (mode 0600), replaced whole through a temporary file beside it
// (a certificate, a printed report); false with `error` naming the file and what to do.
bool writePrivateFile(const std::string& path, const std::string& bytes, std::string& error);

// Writes `bytes` to `path` the same way, for files that are not private (an exported page, a
// module, course.yaml): a file replaced keeps its mode, a new one gets the umask's. A reader
// never sees half a file; false with `error` naming the file.
bool writeWholeFile(const std::string& path, const std::string& bytes, std::string& error);

} // namespace lectern::platform
