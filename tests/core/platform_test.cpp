// Where Lectern keeps files (XDG) and the --log JSON lines format.
#include "platform/json_log.h"
#include "platform/xdg_paths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using namespace lectern::platform;

namespace {

// Sets an environment variable for the scope of a test and restores it after.
struct ScopedEnv {
    std::string name;
    std::string old;
    bool had = false;
    ScopedEnv(std::string n, const char* value) : name(std::move(n)) {
        if (const char* v = std::getenv(name.c_str())) {
            had = true;
            old = v;
        }
        if (value) setenv(name.c_str(), value, 1);
        else unsetenv(name.c_str());
    }
    ~ScopedEnv() {
        if (had) setenv(name.c_str(), old.c_str(), 1);
        else unsetenv(name.c_str());
    }
};

fs::path tempDir(const std::string& tag) {
    fs::path dir = fs::temp_directory_path() / ("lectern-" + tag + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

} // namespace

TEST_CASE("progress and settings follow the XDG base directories") {
    ScopedEnv data("XDG_DATA_HOME", "/srv/learners/data");
    ScopedEnv config("XDG_CONFIG_HOME", "/srv/learners/config");
    CHECK(defaultDatabasePath() == fs::path("/srv/learners/data/lectern/progress.db"));
    CHECK(configDir() == fs::path("/srv/learners/config/lectern"));
}

TEST_CASE("without XDG variables, files go under HOME, never the working directory") {
    ScopedEnv data("XDG_DATA_HOME", nullptr);
    ScopedEnv config("XDG_CONFIG_HOME", "relative/is/ignored");  // XDG: relative paths are invalid
    ScopedEnv home("HOME", "/home/amina");
    CHECK(defaultDatabasePath() == fs::path("/home/amina/.local/share/lectern/progress.db"));
    CHECK(configDir() == fs::path("/home/amina/.config/lectern"));
}

TEST_CASE("ensureDir creates nested folders and explains a failure") {
    fs::path dir = tempDir("ensure");
    std::string error;
    CHECK(ensureDir(dir / "a" / "b", error));
    CHECK(fs::is_directory(dir / "a" / "b"));
    std::ofstream(dir / "file") << "x";
    CHECK_FALSE(ensureDir(dir / "file" / "sub", error));
    CHECK(error.find("cannot create folder") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("the --log file holds one JSON object per line, also when threads write at once") {
    fs::path dir = tempDir("log");
    fs::path file = dir / "log.jsonl";
    {
        JsonLog log;
        std::string error;
        REQUIRE(log.open(file.string(), error));
        log.write("start", R"({"version":"1.0"})");
        std::vector<std::thread> writers;
        for (int t = 0; t < 4; ++t)
            writers.emplace_back([&log, t] {
                for (int i = 0; i < 200; ++i) log.write("saved", "\"writer\":" + std::to_string(t));
            });
        for (auto& w : writers) w.join();
    }
    std::ifstream in(file);
    std::string line;
    int lines = 0, saved = 0;
    while (std::getline(in, line)) {
        auto j = nlohmann::json::parse(line);  // throws, failing the test, on a torn line
        REQUIRE(j.contains("ts"));
        REQUIRE(j["ts"].get<std::string>().size() == 24);  // 2026-11-23T19:05:14.123Z
        if (j["event"] == "saved") ++saved;
        if (j["event"] == "start") CHECK(j["version"] == "1.0");
        ++lines;
    }
    CHECK(lines == 801);
    CHECK(saved == 800);
    fs::remove_all(dir);
}

TEST_CASE("a log file that cannot be opened is reported, not ignored") {
    JsonLog log;
    std::string error;
    CHECK_FALSE(log.open("/nonexistent-folder/log.jsonl", error));
    CHECK(error.find("/nonexistent-folder/log.jsonl") != std::string::npos);
    CHECK_FALSE(log.enabled());
}
