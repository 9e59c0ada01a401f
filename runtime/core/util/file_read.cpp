// Bounded file reading. See file_read.h.
#include "util/file_read.h"

#include <cstdio>
#include <fstream>

namespace lectern {

std::string formatByteSize(size_t bytes) {
    char buf[64];
    if (bytes >= 1024u * 1024u) {
        const double mib = double(bytes) / (1024.0 * 1024.0);
        if (bytes % (1024u * 1024u) == 0) std::snprintf(buf, sizeof buf, "%zu MiB", bytes / (1024u * 1024u));
        else std::snprintf(buf, sizeof buf, "%.1f MiB", mib);
    } else if (bytes >= 1024u) {
        std::snprintf(buf, sizeof buf, "%zu KiB", bytes / 1024u);
    } else {
        std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
    }
    return buf;
}

FileRead readFileBounded(const std::filesystem::path& path, size_t maxBytes) {
    namespace fs = std::filesystem;
    FileRead r;
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    const auto fail = [&r](FileReadError code, std::string message) {
        r.error = code;
        r.message = std::move(message);
        r.bytes.clear();
        return r;
    };
    if (ec || !fs::exists(st)) return fail(FileReadError::NotFound, "file not found");
    if (!fs::is_regular_file(st)) {
        if (fs::is_directory(st)) return fail(FileReadError::IsFolder, "is a folder, not a file");
        return fail(FileReadError::NotAFile, "is not a regular file");
    }
    r.size = size_t(fs::file_size(path, ec));
    if (ec) return fail(FileReadError::Unreadable, "cannot read its size: " + ec.message());
    if (r.size > maxBytes)
        return fail(FileReadError::TooLarge, "file is " + formatByteSize(r.size) + ", over the limit of " +
                                                 formatByteSize(maxBytes) + "; split it into smaller files");
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(FileReadError::Unreadable, "cannot open the file (check its permissions)");
    // Read at most maxBytes + 1: the file may have grown since it was measured.
    r.bytes.resize(maxBytes + 1 < r.size + 4096 ? maxBytes + 1 : r.size + 4096);
    in.read(r.bytes.data(), std::streamsize(r.bytes.size()));
    r.bytes.resize(size_t(in.gcount()));
    if (r.bytes.size() > maxBytes)
        return fail(FileReadError::TooLarge, "file is over the limit of " + formatByteSize(maxBytes) +
                                                 "; split it into smaller files");
    r.size = r.bytes.size();
    return r;
}

} // namespace lectern
