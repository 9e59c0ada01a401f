// Helpers shared by the loader tests (tests/core/load_*.cpp, check_*.cpp, commonmark_*.cpp).
#pragma once
#include "course/diagnostic.h"
#include "load/module_parser.h"
#include "util/file_read.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace lectern::test {

inline std::string dataDir() { return LECTERN_TEST_DATA_DIR; }

inline std::string readText(const std::string& path) {
    FileRead r = readFileBounded(path, 64u * 1024u * 1024u);
    REQUIRE(r.ok());
    return r.bytes;
}

// A module's text after a minimal front matter (id m, title M), as "m.md": its body starts on line 5.
inline ModuleLoad parseBody(const std::string& body) { return parseModuleText("---\nid: m\ntitle: M\n---\n" + body, "m.md"); }

// Every diagnostic of a load, one formatted line each (for INFO).
inline std::string messages(const ModuleLoad& l) {
    std::string s;
    for (const Diagnostic& d : l.diagnostics.items()) s += d.format() + "\n";
    return s;
}

inline std::vector<std::string> formatted(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const Diagnostic& x : d.items()) out.push_back(x.format());
    return out;
}

// A fresh folder under the system temp dir, removed at scope exit.
class TempDir {
public:
    TempDir() {
        static std::atomic<int> counter{0};
        const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
        m_path = std::filesystem::temp_directory_path() /
                 ("lectern-load-test-" + std::to_string(stamp) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    const std::filesystem::path& path() const { return m_path; }
    std::string str() const { return m_path.string(); }
    std::filesystem::path write(const std::string& rel, const std::string& text) const {
        const std::filesystem::path p = m_path / rel;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
        return p;
    }

private:
    std::filesystem::path m_path;
};

} // namespace lectern::test
