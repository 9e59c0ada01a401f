// The course search index (search/search_index.h): what a learner finds for what they type.
// The course is built in code here (one module with prose, a callout, a quiz, a reflection
// and a timeline, plus a glossary); search_fixture_test.cpp uses the real fixture modules.
#include "search/search_index.h"
#include "search/section_text.h"

#include <catch2/catch.hpp>

#include <memory>
#include <random>
#include <string>

using namespace lectern;
using namespace lectern::search;

namespace {

Span text(const char* t) { return Span{t, 0, "", {}}; }

Block paragraph(std::initializer_list<const char*> parts) {
    Block b;
    b.kind = BlockKind::Paragraph;
    for (const char* p : parts) b.inlines.push_back(text(p));
    return b;
}

Block heading(const char* title, const char* anchor) {
    Block b;
    b.kind = BlockKind::Heading;
    b.level = 2;
    b.anchor = anchor;
    b.inlines.push_back(text(title));
    return b;
}

std::shared_ptr<const Course> sampleCourse() {
    auto m = std::make_shared<Module>();
    m->meta.id = "history";
    m->meta.title = "History of the dialogue";
    // overview: [0,1)
    m->blocks.push_back(paragraph({"How states built a framework of responsible behaviour."}));
    // origins: [1,4) heading, paragraph, callout with a list
    m->blocks.push_back(heading("Origins in 1998", "origins"));
    m->blocks.push_back(paragraph({"Resolution 53/70 was tabled in the ", "First Committee", " at the UN in New York."}));
    Block callout;
    callout.kind = BlockKind::Callout;
    callout.calloutKind = CalloutKind::Goals;
    callout.inlines.push_back(text("Guiding questions"));
    Block item;
    item.kind = BlockKind::ListItem;
    item.children.push_back(paragraph({"Why did the delegates meet in Genève?"}));
    Block list;
    list.kind = BlockKind::List;
    list.children.push_back(item);
    callout.children.push_back(list);
    m->blocks.push_back(callout);
    // tracks: [4,8) heading, quiz, reflection, timeline
    m->blocks.push_back(heading("Two tracks", "tracks"));
    Quiz quiz;
    quiz.id = "check";
    quiz.title = "Check your understanding";
    Question q;
    q.id = "q1";
    q.prompt = "Which committee handles cybercrime?";
    q.choices = {{"a", "Secret answer choice zanzibar", true, "", {}}};
    quiz.questions.push_back(q);
    m->quizzes.push_back(quiz);
    Block quizBlock;
    quizBlock.kind = BlockKind::Quiz;
    quizBlock.payload = 0;
    m->blocks.push_back(quizBlock);
    Reflection r;
    r.id = "r1";
    r.prompt = "What would equal participation look like for your region?";
    r.quote = "The network is only as strong as its weakest link.";
    r.attribution = "An expert group chair";
    m->reflections.push_back(r);
    Block reflectionBlock;
    reflectionBlock.kind = BlockKind::Reflection;
    reflectionBlock.payload = 0;
    m->blocks.push_back(reflectionBlock);
    Timeline t;
    t.title = "Milestones";
    t.events.push_back({"2004-2005", "First GGE", "Ends without a consensus report.", {}});
    m->timelines.push_back(t);
    Block timelineBlock;
    timelineBlock.kind = BlockKind::Timeline;
    timelineBlock.payload = 0;
    m->blocks.push_back(timelineBlock);
    m->sections = {{"overview", "Overview", {}, 0, 1, 0}, {"origins", "Origins in 1998", {}, 1, 4, 0},
                   {"tracks", "Two tracks", {}, 4, 8, 0}};

    auto course = std::make_shared<Course>();
    course->id = "c";
    course->modules.push_back(m);
    course->glossary.push_back({"gge", "GGE", "Group of Governmental Experts: a UN body of experts.", {}});
    return course;
}

std::string plain(std::string_view snippet) {
    std::string out;
    for (const SnippetPart& p : splitSnippet(snippet)) out += p.text;
    return out;
}

std::string highlighted(std::string_view snippet) {
    std::string out;
    for (const SnippetPart& p : splitSnippet(snippet))
        if (p.highlighted) out += std::string(out.empty() ? "" : "|") + std::string(p.text);
    return out;
}

} // namespace

TEST_CASE("section text holds prose, callouts, quiz and reflection prompts and timelines, not answers", "[search]") {
    auto course = sampleCourse();
    const Module& m = *course->modules[0];
    const std::string origins = sectionText(m, m.sections[1]);
    CHECK(origins.find("First Committee") != std::string::npos);
    CHECK(origins.find("Guiding questions") != std::string::npos);
    CHECK(origins.find("Genève") != std::string::npos);
    CHECK(origins.find("Origins in 1998") == std::string::npos);  // the heading is the title
    const std::string tracks = sectionText(m, m.sections[2]);
    CHECK(tracks.find("Which committee handles cybercrime?") != std::string::npos);
    CHECK(tracks.find("weakest link") != std::string::npos);
    CHECK(tracks.find("consensus report") != std::string::npos);
    CHECK(tracks.find("zanzibar") == std::string::npos);
}

TEST_CASE("search finds the section that holds a word, with the word highlighted", "[search]") {
    auto course = sampleCourse();
    std::string error;
    auto index = SearchIndex::build(*course, &error);
    REQUIRE(index);
    CHECK(error.empty());
    CHECK(index->documentCount() == 4);  // three sections and one glossary term

    struct Case { const char* typed; const char* section; const char* highlight; };
    const Case cases[] = {
        {"committee ", "origins", "Committee"},
        {"geneve ", "origins", "Genève"},       // accents folded
        {"GENÈVE ", "origins", "Genève"},
        {"cybercr", "tracks", "cybercrime"},     // the last word is a prefix while typing
        {"weakest link", "tracks", "weakest|link"},
        {"consensus", "tracks", "consensus"},
        {"framework", "overview", "framework"},
    };
    for (const Case& c : cases) {
        INFO("typed: '" << c.typed << "'");
        auto hits = index->query(c.typed);
        REQUIRE_FALSE(hits.empty());
        CHECK(hits[0].kind == HitKind::Section);
        CHECK(hits[0].moduleId == "history");
        CHECK(hits[0].moduleTitle == "History of the dialogue");
        CHECK(hits[0].sectionId == c.section);
        CHECK(highlighted(hits[0].snippet) == c.highlight);
    }
}

TEST_CASE("a finished word is not a prefix, and every word must match", "[search]") {
    auto course = sampleCourse();
    auto index = SearchIndex::build(*course);
    REQUIRE(index);
    CHECK(index->query("cybercr ").empty());
    CHECK(index->query("committee zanzibar").empty());  // quiz choices are not indexed
    CHECK(index->query("   ").empty());
    CHECK(index->query("").empty());
}

TEST_CASE("a title match ranks above a body match", "[search]") {
    auto course = sampleCourse();
    auto index = SearchIndex::build(*course);
    REQUIRE(index);
    auto hits = index->query("tracks");
    REQUIRE_FALSE(hits.empty());
    CHECK(hits[0].sectionId == "tracks");
    // "origins" is in the title of one section only.
    hits = index->query("1998");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].title == "Origins in 1998");
}

TEST_CASE("glossary terms are found as glossary hits", "[search]") {
    auto course = sampleCourse();
    auto index = SearchIndex::build(*course);
    REQUIRE(index);
    auto hits = index->query("governmental");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == HitKind::Glossary);
    CHECK(hits[0].sectionId == "gge");
    CHECK(hits[0].title == "GGE");
    CHECK(plain(hits[0].snippet).find("Group of Governmental Experts") != std::string::npos);
}

TEST_CASE("FTS syntax in what the learner types is searched as text, never an error", "[search]") {
    auto course = sampleCourse();
    auto index = SearchIndex::build(*course);
    REQUIRE(index);
    const char* inputs[] = {"\"", "\"committee", "committee\"", "AND", "OR committee", "NOT", "committee AND",
                            "*", "committee*", "(", ")", "NEAR(a b)", "title:committee", "-committee", "^committee",
                            "53/70", "a\"b\"c", "\x02\x03", "…", "— «»", "{title}: x", "committee OR 1=1; --"};
    for (const char* in : inputs) {
        INFO("typed: '" << in << "' -> " << matchExpression(in));
        std::string error;
        REQUIRE_NOTHROW(index->query(in, 50, &error));
        CHECK(error.empty());
    }
    // Random bytes, as a fuzzer would type them (a fixed seed: the same run every time).
    std::mt19937 random(20261123);
    for (int i = 0; i < 2000; ++i) {
        std::string in(random() % 24, ' ');
        for (char& c : in) c = static_cast<char>(random() % 256);
        std::string error;
        index->query(in, 50, &error);
        INFO("bytes: " << in << " -> " << matchExpression(in));
        REQUIRE(error.empty());
    }
    // Words with syntax around them still find their section.
    CHECK_FALSE(index->query("\"committee\"").empty());
    CHECK_FALSE(index->query("(committee)").empty());
    CHECK_FALSE(index->query("53/70").empty());
    CHECK(matchExpression("a\"b") == "\"a\"\"b\"*");
    CHECK(matchExpression("NEAR(x y) ") == "\"NEAR(x\" \"y)\"");
    CHECK(matchExpression("— …").empty());
    // Letters are Unicode letters in any script; punctuation of any script is no word.
    CHECK(matchExpression("Αθήνα ") == "\"Αθήνα\"");
    CHECK(matchExpression("كتاب ") == "\"كتاب\"");
    CHECK(matchExpression("، ؟ ").empty());  // Arabic comma and question mark alone
}

TEST_CASE("the background index reports ready and then answers", "[search]") {
    auto course = sampleCourse();
    BackgroundSearchIndex background(course);
    // Before ready, queries return nothing rather than block.
    if (!background.ready()) CHECK(background.query("committee").empty());
    background.wait();
    CHECK(background.ready());
    CHECK(background.error().empty());
    CHECK_FALSE(background.query("committee").empty());
}

TEST_CASE("destroying a background index while it builds neither hangs nor crashes", "[search]") {
    auto course = sampleCourse();
    for (int i = 0; i < 20; ++i) BackgroundSearchIndex background(course);
}

TEST_CASE("an English course matches word forms, another language matches words as written", "[search]") {
    auto english = std::const_pointer_cast<Course>(sampleCourse());
    auto index = SearchIndex::build(*english);
    REQUIRE(index);
    CHECK_FALSE(index->query("frameworks ").empty());  // the text says "framework"
    CHECK_FALSE(index->query("delegate ").empty());    // the text says "delegates"

    english->language = "fr";
    index = SearchIndex::build(*english);
    REQUIRE(index);
    CHECK(index->query("frameworks ").empty());
    CHECK_FALSE(index->query("framework ").empty());
}
