// Reading a file with a size limit, so a 50 MB or endless file is refused, not loaded.
// Only regular files are opened, and never in a way that can block: a FIFO, a device or a
// folder named like a module or an image is refused with a message, not waited on.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>

namespace lectern {

// The largest module, glossary or manifest file Lectern reads.
inline constexpr size_t kMaxSourceFileBytes = 8u * 1024u * 1024u;

// Why a file could not be read: code for callers that react (a missing file may be created,
// a folder may be a module folder), message for the author who reads it.
enum class FileReadError {
    None,
    NotFound,     // nothing at that path
    IsFolder,     // a folder where a file was expected
    NotAFile,     // a FIFO, device, socket or other special file
    SymlinkLoop,  // a symbolic link that leads back to itself
    TooLarge,     // over the size limit (message says by how much and what to do)
    Unreadable,   // exists but cannot be opened or read (permissions, I/O error)
};

struct FileRead {
    FileReadError error = FileReadError::None;
    std::string message;  // what went wrong, phrased for an author: "file not found"...
    std::string bytes;    // the whole file when ok() (or its first bytes, for readFileHead)
    size_t size = 0;      // the file's size when known
    bool ok() const { return error == FileReadError::None; }
};

// Reads `path` when it is a regular file of at most `maxBytes` bytes.
FileRead readFileBounded(const std::filesystem::path& path, size_t maxBytes = kMaxSourceFileBytes);
// Reads the first `headBytes` bytes of `path` (all of it when shorter) under the same rules;
// `size` is then the whole file's size.
FileRead readFileHead(const std::filesystem::path& path, size_t headBytes);

// Why `path` cannot be opened as a regular file, in words ("file not found", "is a symbolic
// link that loops ...", "is a named pipe (FIFO), not a file"); empty when it can.
std::string regularFileProblem(const std::filesystem::path& path);

// "8 MiB", "12.5 MiB", "300 KiB", "12 bytes": sizes in messages.
std::string formatByteSize(size_t bytes);

} // namespace lectern
