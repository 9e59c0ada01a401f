// tests/data/modules/every-block/module.md: one module with every block kind, loaded through
// the real loader and checked field by field, so a change in the model or the format shows.
#include "load/course_loader.h"
#include "course/link_kind.h"
#include "load_test_util.h"

using namespace lectern;

namespace {

const Module& everyBlock(LoadResult& r) {
    r = loadPaths({test::dataDir() + "/modules/every-block"});
    INFO(test::formatted(r.diagnostics).size());
    for (const std::string& line : test::formatted(r.diagnostics)) UNSCOPED_INFO(line);
    // Its raw HTML block is there on purpose: the one warning is `check` saying learners see it as text.
    REQUIRE(test::formatted(r.diagnostics) ==
            std::vector<std::string>{test::dataDir() + "/modules/every-block/module.md:41:1: warning: raw HTML is not rendered: "
                                     "learners see it as code text; write it in Markdown instead (a pipe table, a list, "
                                     "**bold**, ![alt](image.png)) or remove it"});
    REQUIRE(r.course->modules.size() == 1);
    return *r.course->modules[0];
}

std::string text(const Inlines& spans) {
    std::string s;
    for (const Span& sp : spans) s += (sp.flags & (SpanSoftBreak | SpanHardBreak)) ? std::string(" ") : sp.text;
    return s;
}

} // namespace

TEST_CASE("every-block: front matter fields", "[load]") {
    LoadResult r;
    const Module& m = everyBlock(r);
    CHECK(m.meta.id == "every-block");
    CHECK(m.meta.title == "Every block kind");
    CHECK(m.meta.version == "2.1");
    CHECK(m.meta.summary == "One module that uses every block Lectern knows.");
    CHECK(m.meta.estimatedMinutes == 12);
    CHECK(m.meta.language == "en");
    CHECK(m.meta.objectives == std::vector<std::string>{"Recognise each block kind.", "Read the loader's model of it."});
    CHECK(m.meta.prerequisites.empty());
    CHECK(m.file == test::dataDir() + "/modules/every-block/module.md");
}

TEST_CASE("every-block: sections, anchors and positions", "[load]") {
    LoadResult r;
    const Module& m = everyBlock(r);
    REQUIRE(m.sections.size() == 5);
    CHECK(m.sections[0].id == "overview");
    CHECK(m.sections[0].firstBlock == 0);
    CHECK(m.sections[1].id == "prose");  // explicit {#prose}
    CHECK(m.sections[1].title == "Prose blocks");
    CHECK(m.sections[1].pos == SourcePos{23, 1});
    CHECK(m.sections[2].id == "callouts");  // slug
    CHECK(m.sections[3].id == "timeline-section");
    CHECK(m.sections[4].id == "quiz");
    for (size_t i = 0; i + 1 < m.sections.size(); ++i) CHECK(m.sections[i].endBlock == m.sections[i + 1].firstBlock);
    CHECK(m.sections.back().endBlock == m.blocks.size());
    // The title heading is block 0 and carries its slug.
    REQUIRE(m.blocks[0].kind == BlockKind::Heading);
    CHECK(m.blocks[0].level == 1);
    CHECK(m.blocks[0].pos == SourcePos{14, 1});
    CHECK(m.blocks[0].anchor == "every-block-kind");
    int total = 0;
    for (const Section& s : m.sections) {
        CHECK(s.words > 0);
        total += s.words;
    }
    CHECK(m.words == total);
}

TEST_CASE("every-block: prose blocks", "[load]") {
    LoadResult r;
    const Module& m = everyBlock(r);
    const Block& para = m.blocks[1];
    REQUIRE(para.kind == BlockKind::Paragraph);
    CHECK(para.pos == SourcePos{16, 1});
    // Styled runs: emphasis, strong, code, an anchor link and an external link.
    bool emph = false, strong = false, code = false, anchor = false, external = false;
    for (const Span& s : para.inlines) {
        emph |= s.text == "emphasis" && s.flags == SpanEmph;
        strong |= s.text == "strong text" && s.flags == SpanStrong;
        code |= s.text == "code" && s.flags == SpanCode;
        // The loader records what each link is (course/link_kind.h) beside its style.
        anchor |= s.text == "link to the timeline" && styleFlags(s.flags) == SpanLink && s.target == "#timeline-section" &&
                  linkKind(s) == LinkKind::Anchor;
        external |= s.text == "external site" && styleFlags(s.flags) == SpanLink && s.target == "https://example.org" &&
                    linkKind(s) == LinkKind::Web;
    }
    CHECK((emph && strong && code && anchor && external));

    const Block& goals = m.blocks[2];
    REQUIRE(goals.kind == BlockKind::Callout);
    CHECK(goals.calloutKind == CalloutKind::Goals);
    CHECK(goals.calloutMarker == "GOALS");
    CHECK(text(goals.inlines) == "Guiding questions");
    REQUIRE(goals.children.size() == 1);
    CHECK(goals.children[0].kind == BlockKind::List);
    CHECK(goals.children[0].children.size() == 2);

    const Section& prose = *m.findSection("prose");
    std::vector<BlockKind> kinds;
    for (size_t i = prose.firstBlock; i < prose.endBlock; ++i) kinds.push_back(m.blocks[i].kind);
    const std::vector<BlockKind> expected = {
        BlockKind::Heading,   BlockKind::BlockQuote, BlockKind::List,          BlockKind::Paragraph,
        BlockKind::List,      BlockKind::CodeBlock,  BlockKind::HtmlBlock,     BlockKind::ThematicBreak,
        BlockKind::Paragraph, BlockKind::Heading,    BlockKind::Paragraph};
    CHECK(kinds == expected);
    const Block& quote = m.blocks[prose.firstBlock + 1];
    CHECK(text(quote.children.at(0).inlines) == "A plain block quote.");
    const Block& list = m.blocks[prose.firstBlock + 2];
    CHECK(list.ordered);
    CHECK(list.listStart == 1);
    CHECK_FALSE(list.tight);
    REQUIRE(list.children.size() == 3);
    CHECK(list.children[1].children.at(1).kind == BlockKind::List);  // nested bullet
    CHECK_FALSE(list.children[1].children.at(1).ordered);
    const Block& five = m.blocks[prose.firstBlock + 4];
    CHECK(five.listStart == 5);
    CHECK(five.tight);
    const Block& codeBlock = m.blocks[prose.firstBlock + 5];
    CHECK(codeBlock.info == "python");
    CHECK(codeBlock.literal == "print(\"code\")\n");
    CHECK(codeBlock.pos == SourcePos{37, 1});
    CHECK(m.blocks[prose.firstBlock + 6].literal == "<div>raw html</div>\n");
    const Block& image = m.blocks[prose.firstBlock + 8];
    REQUIRE(image.inlines.size() == 1);
    CHECK(styleFlags(image.inlines[0].flags) == SpanImage);
    CHECK(linkKind(image.inlines[0]) == LinkKind::CourseFile);
    CHECK(image.inlines[0].text == "A map");
    CHECK(image.inlines[0].target == test::dataDir() + "/modules/every-block/map.png");
    const Block& sub = m.blocks[prose.firstBlock + 9];
    CHECK(sub.level == 3);
    CHECK(sub.anchor == "a-sub-heading");
    CHECK(m.sectionOfBlock(prose.firstBlock + 9) == &prose);
}

TEST_CASE("every-block: callouts", "[load]") {
    LoadResult r;
    const Module& m = everyBlock(r);
    const Section& s = *m.findSection("callouts");
    const Block& engage = m.blocks[s.firstBlock + 1];
    CHECK(engage.kind == BlockKind::Callout);
    CHECK(engage.calloutKind == CalloutKind::Engage);
    CHECK(text(engage.inlines) == "Contribute and engage");
    const Block& tip = m.blocks[s.firstBlock + 2];
    CHECK(tip.calloutKind == CalloutKind::Note);
    CHECK(tip.calloutMarker == "TIP");
    CHECK(tip.inlines.empty());
    REQUIRE(tip.children.size() == 1);
    CHECK(text(tip.children[0].inlines) == "Untitled tip with a body line.");
    const Block& warning = m.blocks[s.firstBlock + 3];
    CHECK(warning.calloutMarker == "WARNING");
    CHECK(text(warning.inlines) == "Careful");
    CHECK(text(warning.children.at(0).inlines) == "Body of the warning.");
}

TEST_CASE("every-block: reflection and timeline", "[load]") {
    LoadResult r;
    const Module& m = everyBlock(r);
    REQUIRE(m.reflections.size() == 1);
    const Reflection& ref = m.reflections[0];
    CHECK(ref.id == "every-reflection");
    CHECK(ref.sectionId == "timeline-section");
    CHECK(ref.prompt == "What did you learn?");
    CHECK(ref.quote == "A quoted sentence.");
    CHECK(ref.attribution == "Someone, somewhere");
    CHECK(ref.minWords == 20);
    CHECK(ref.pos == SourcePos{64, 1});
    REQUIRE(m.timelines.size() == 1);
    const Timeline& t = m.timelines[0];
    CHECK(t.title == "Key dates");
    REQUIRE(t.events.size() == 2);
    CHECK(t.events[0].date == "4 Dec 1998");
    CHECK(t.events[0].title == "First event");
    CHECK(t.events[0].text == "It happened.");
    CHECK(t.events[0].pos == SourcePos{75, 5});
    CHECK(t.events[1].date == "2004-2005");
    CHECK(t.events[1].text.empty());
    const Section& s = *m.findSection("timeline-section");
    CHECK(m.blocks[s.firstBlock + 1].kind == BlockKind::Reflection);
    CHECK(m.blocks[s.firstBlock + 1].payload == 0);
    CHECK(m.blocks[s.firstBlock + 2].kind == BlockKind::Timeline);
}

TEST_CASE("every-block: quiz with every question type", "[load]") {
    LoadResult r;
    const Module& m = everyBlock(r);
    REQUIRE(m.quizzes.size() == 1);
    const Quiz& q = m.quizzes[0];
    CHECK(q.id == "every-quiz");
    CHECK(q.title == "Every question type");
    CHECK(q.sectionId == "quiz");
    CHECK(q.passPercent == 80);
    CHECK(q.attemptsAllowed == 2);
    REQUIRE(q.questions.size() == 7);

    const Question& single = q.questions[0];
    CHECK(single.id == "q-single");
    CHECK(single.type == QuestionType::Single);
    CHECK(single.pos == SourcePos{90, 5});
    CHECK(single.prompt == "Pick one.");
    REQUIRE(single.choices.size() == 2);
    CHECK(single.choices[0].id == "yes");
    CHECK(single.choices[0].correct);
    CHECK(single.choices[0].feedback == "Well done.");
    CHECK_FALSE(single.choices[1].correct);
    CHECK(single.choices[1].feedback == "Not this one.");
    CHECK(single.explanation == "Because.");
    CHECK(single.hint == "Think.");
    CHECK(single.revisit == "prose");
    CHECK(single.points == 2);

    const Question& multiple = q.questions[1];
    CHECK(multiple.type == QuestionType::Multiple);
    REQUIRE(multiple.choices.size() == 3);
    CHECK(multiple.choices[0].id == "a");
    CHECK(multiple.choices[0].text == "Alpha");
    CHECK(multiple.choices[0].correct);
    CHECK_FALSE(multiple.choices[1].correct);
    CHECK(multiple.choices[2].correct);
    CHECK(multiple.points == 1);

    const Question& tf = q.questions[2];
    CHECK(tf.type == QuestionType::TrueFalse);
    REQUIRE(tf.choices.size() == 2);
    CHECK(tf.choices[0].id == "true");
    CHECK_FALSE(tf.choices[0].correct);
    CHECK(tf.choices[1].id == "false");
    CHECK(tf.choices[1].correct);
    CHECK(tf.correctFeedback == "Right.");
    CHECK(tf.incorrectFeedback == "Wrong.");

    const Question& shortText = q.questions[3];
    CHECK(shortText.type == QuestionType::ShortText);
    CHECK(shortText.accepted == std::vector<std::string>{"GGE", "Group of Governmental Experts"});

    const Question& numeric = q.questions[4];
    CHECK(numeric.type == QuestionType::Numeric);
    CHECK(numeric.number == 11);
    CHECK(numeric.tolerance == 0.5);

    const Question& order = q.questions[5];
    CHECK(order.type == QuestionType::Ordering);
    REQUIRE(order.choices.size() == 3);
    CHECK(order.choices[0].id == "a");
    CHECK(order.choices[0].text == "First");
    CHECK(order.choices[2].id == "third");
    CHECK(order.choices[2].text == "Third");

    const Question& match = q.questions[6];
    CHECK(match.type == QuestionType::Matching);
    REQUIRE(match.pairs.size() == 2);
    CHECK(match.pairs[0].id == "p1");
    CHECK(match.pairs[0].left == "One");
    CHECK(match.pairs[0].right == "Uno");
    CHECK(match.pairs[1].id == "two");
    CHECK(std::string(questionTypeName(match.type)) == "matching");
}
