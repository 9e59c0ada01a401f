// The search index over real courses loaded by the real loader: the demo fixture course
// (tests/data/courses/demo) and the bundled course (modules/ + content/ of the repository).
#include "load/course_loader.h"
#include "search/search_index.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace lectern;
using namespace lectern::search;

namespace {

bool contains(const std::vector<SearchHit>& hits, HitKind kind, const std::string& moduleId, const std::string& id) {
    return std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) {
        return h.kind == kind && h.moduleId == moduleId && h.sectionId == id;
    });
}

size_t sectionCount(const Course& course) {
    size_t n = 0;
    for (const auto& m : course.modules) n += m->sections.size();
    return n;
}

} // namespace

TEST_CASE("search over the demo course finds prose, reflection and quiz prompts, and glossary terms", "[search]") {
    LoadResult loaded = loadCourse(LECTERN_TEST_DATA_DIR "/courses/demo");
    REQUIRE(loaded.course->modules.size() == 2);
    auto index = SearchIndex::build(*loaded.course);
    REQUIRE(index);
    CHECK(index->documentCount() == sectionCount(*loaded.course) + loaded.course->glossary.size());

    CHECK(contains(index->query("welcome"), HitKind::Section, "intro", "overview"));
    CHECK(contains(index->query("what do you expect"), HitKind::Section, "intro", "background"));  // reflection
    CHECK(contains(index->query("open to all states"), HitKind::Section, "intro", "check"));       // quiz prompt
    auto glossary = index->query("member state");
    REQUIRE_FALSE(glossary.empty());
    CHECK(glossary[0].kind == HitKind::Glossary);
    CHECK(glossary[0].sectionId == "open-ended-working-group");
}

TEST_CASE("every section of the bundled course is found by the words of its title", "[search]") {
    LoadResult loaded = loadCourse(LECTERN_SOURCE_DIR);
    const Course& course = *loaded.course;
    REQUIRE_FALSE(course.modules.empty());
    auto index = SearchIndex::build(course);
    REQUIRE(index);
    CHECK(index->documentCount() == sectionCount(course) + course.glossary.size());
    for (const auto& module : course.modules) {
        for (const Section& section : module->sections) {
            INFO(module->meta.id << "#" << section.id << ": " << section.title);
            // Typed with a trailing space: whole words, as a learner who finished typing.
            CHECK(contains(index->query(section.title + " ", 1000), HitKind::Section, module->meta.id, section.id));
        }
    }
    for (const GlossaryEntry& term : course.glossary) {
        INFO("glossary " << term.id << ": " << term.term);
        CHECK(contains(index->query(term.term + " ", 1000), HitKind::Glossary, "", term.id));
    }
}
