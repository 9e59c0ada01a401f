// The learner's own notes and reflections are searchable (search/learner_text_search.h): found
// with case and accents folded, marked as the learner's, first in the background index's
// answers, and the snippet keeps the learner's spacing around the matched word.
#include "search/learner_text_search.h"
#include "search/search_index.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

using namespace lectern;
using namespace lectern::search;

namespace {

std::shared_ptr<const Course> course() {
    auto m = std::make_shared<Module>();
    m->meta.id = "history";
    m->meta.title = "History";
    Block h;
    h.kind = BlockKind::Heading;
    h.level = 2;
    h.inlines.push_back(Span{"Origins", 0, "", {}});
    Block p;
    p.kind = BlockKind::Paragraph;
    p.inlines.push_back(Span{"The first consensus report came in 2013.", 0, "", {}});
    m->blocks = {h, p};
    m->sections = {{"origins", "Origins", {}, 0, 2, 0}};
    Reflection r;
    r.id = "r1";
    r.sectionId = "origins";
    r.prompt = "What changed?";
    m->reflections.push_back(r);
    auto c = std::make_shared<Course>();
    c->id = "c";
    c->modules.push_back(m);
    return c;
}

std::shared_ptr<ProgressSnapshot> progress() {
    auto p = std::make_shared<ProgressSnapshot>();
    p->notes[SectionRef{"history", "origins"}] = "Ask Amina about the Genève meeting and the consensus report.";
    p->reflections["history/r1"] = {ReflectionRevision{"Old text.", 1}, ReflectionRevision{"States now agree on norms.", 2}};
    return p;
}

std::string plain(std::string_view snippet) {
    std::string out;
    for (const SnippetPart& s : splitSnippet(snippet)) out += s.text;
    return out;
}

} // namespace

TEST_CASE("learner text: notes and the latest reflection are found, folded, and say whose they are", "[search][learner]") {
    const auto c = course();
    const auto p = progress();
    std::vector<SearchHit> hits = searchLearnerText(*c, *p, "geneve ");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == HitKind::LearnerNote);
    CHECK(hits[0].moduleId == "history");
    CHECK(hits[0].sectionId == "origins");
    CHECK(hits[0].title == "Origins");
    CHECK(plain(hits[0].snippet) == "Ask Amina about the Genève meeting and the consensus report.");

    hits = searchLearnerText(*c, *p, "NORM");  // still typing: a prefix
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == HitKind::LearnerReflection);
    CHECK(hits[0].sectionId == "origins");
    CHECK(searchLearnerText(*c, *p, "old ").empty());         // an older revision is not searched
    CHECK(searchLearnerText(*c, *p, "consensus zebra ").empty());  // every word must be there
    CHECK(searchLearnerText(*c, *p, "  ").empty());
}

TEST_CASE("learner text: the snippet keeps the space after a highlighted word", "[search][learner]") {
    const auto c = course();
    const auto p = progress();
    const std::vector<SearchHit> hits = searchLearnerText(*c, *p, "consensus ");
    REQUIRE(hits.size() == 1);
    const std::string& s = hits[0].snippet;
    CHECK(s.find(std::string(1, kHighlightBegin) + "consensus" + kHighlightEnd + " report") != std::string::npos);
}

TEST_CASE("learner text: the background index answers with the learner's hits first", "[search][learner]") {
    const auto c = course();
    BackgroundSearchIndex index(c);
    index.wait();
    index.requestQuery("consensus", 50, progress());
    for (int i = 0; i < 500 && index.queryPending(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const BackgroundSearchIndex::QueryResult r = index.latest();
    REQUIRE(r.hits.size() == 2);
    CHECK(r.hits[0].kind == HitKind::LearnerNote);
    CHECK(r.hits[1].kind == HitKind::Section);
    // Without the learner's snapshot, only the course.
    index.requestQuery("consensus ", 50);
    for (int i = 0; i < 500 && index.queryPending(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(index.latest().hits.size() == 1);
    CHECK(index.latest().hits[0].kind == HitKind::Section);
}
