// A course folder for the xAPI tests: tests/data/modules/every-block (every question type, a
// reflection) under modules/, with the course.yaml the test gives.
#pragma once
#include "load/course_loader.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

namespace xapi_test {

inline void makeCourse(const std::filesystem::path& root, const std::string& courseYaml) {
    namespace fs = std::filesystem;
    fs::create_directories(root / "content");
    fs::create_directories(root / "modules");
    fs::copy(fs::path(LECTERN_TEST_DATA_DIR) / "modules" / "every-block", root / "modules" / "every-block",
             fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    std::ofstream(root / "content" / "course.yaml") << courseYaml;
}

inline const char* kCourseYaml =
    "id: xapi-check\n"
    "title: Every statement\n"
    "iri: https://lectern.example/courses/xapi-check\n"
    "home_page: https://learners.lectern.example\n"
    "modules: [every-block]\n";

inline std::shared_ptr<const lectern::Course> loadOk(const std::filesystem::path& root) {
    lectern::LoadResult r = lectern::loadCourse(root);
    INFO((r.diagnostics.items().empty() ? std::string() : r.diagnostics.items().front().format()));
    REQUIRE(r.course);
    REQUIRE(r.course->modules.size() == 1);
    return r.course;
}

// The every-block course with kCourseYaml, made under `root` and loaded.
inline std::shared_ptr<const lectern::Course> everyBlockCourse(const std::filesystem::path& root) {
    makeCourse(root, kCourseYaml);
    return loadOk(root);
}

// Every string that must be an IRI in a statement: ids of the verb, object and context
// activities, and every extension key. An IRI here: a scheme, ':', then no space or control
// character, no '<>"{}|\^`'.
inline bool isIri(const std::string& s) {
    size_t colon = s.find(':');
    if (colon == std::string::npos || colon == 0 || !std::isalpha((unsigned char)s[0]) || colon + 1 == s.size()) return false;
    for (unsigned char c : s)
        if (c <= 0x20 || c == 0x7F || std::string_view("<>\"{}|\\^`").find(char(c)) != std::string_view::npos) return false;
    return true;
}

inline void collectIris(const nlohmann::json& j, const std::string& key, std::vector<std::string>& out) {
    if (j.is_object()) {
        for (const auto& [k, v] : j.items()) {
            if (key == "extensions") out.push_back(k);
            if ((k == "id" && (key == "verb" || key == "object" || key == "activity")) || k == "homePage" ||
                (k == "type" && key == "definition"))
                if (v.is_string()) out.push_back(v.get<std::string>());
            collectIris(v, k == "parent" || k == "grouping" ? "activity" : k, out);
        }
    } else if (j.is_array()) {
        for (const auto& v : j) collectIris(v, key, out);
    }
}

} // namespace xapi_test
