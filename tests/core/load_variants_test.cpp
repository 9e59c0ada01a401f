// Modules, glossary and course.yaml in several languages (issue 16): the loader reads
// module.<tag>.md, glossary.<tag>.md and course.<tag>.yaml beside the base files, `lectern
// check` reports a translation whose ids or quiz structure differ from the base, and
// courseIn()/CourseHandle show the course in one language with the same ids.
#include "check/check_command.h"
#include "load/course_loader.h"
#include "load_test_util.h"
#include "session/course_handle.h"

#include <algorithm>
#include <cstdio>

using namespace lectern;
namespace fs = std::filesystem;

namespace {

std::string fixture() { return test::dataDir() + "/courses/languages"; }

// The fixture copied into a temp folder, to break one file per test.
struct CourseCopy {
    test::TempDir tmp;
    std::string root;
    CourseCopy() : root((tmp.path() / "languages").string()) { fs::copy(fixture(), root, fs::copy_options::recursive); }
    std::string path(const std::string& rel) const { return root + "/" + rel; }
    std::string read(const std::string& rel) const { return test::readText(path(rel)); }
    void write(const std::string& rel, const std::string& text) const { tmp.write("languages/" + rel, text); }
    // `rel` with its first `from` replaced by `to` (the test fails when `from` is not there).
    void edit(const std::string& rel, const std::string& from, const std::string& to) const {
        std::string text = read(rel);
        const size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        write(rel, text.replace(at, from.size(), to));
    }
};

// `lectern check PATH`: the lines it prints and its exit code.
struct Check {
    int code = -1;
    std::vector<std::string> lines;
    bool has(const std::string& line) const { return std::find(lines.begin(), lines.end(), line) != lines.end(); }
};
Check check(const std::string& path) {
    FILE* out = std::tmpfile();
    FILE* err = std::tmpfile();
    REQUIRE((out && err));
    Check c;
    c.code = runCheckCommand({path}, "", out, err);
    std::rewind(out);
    char buf[4096];
    while (std::fgets(buf, sizeof buf, out)) {
        std::string line(buf);
        if (!line.empty() && line.back() == '\n') line.pop_back();
        c.lines.push_back(line);
    }
    std::fclose(out);
    std::fclose(err);
    return c;
}

std::string joined(const Check& c) {
    std::string s;
    for (const std::string& l : c.lines) s += l + "\n";
    return s;
}

} // namespace

TEST_CASE("variants: the loader keeps each module's languages and translations", "[load][variants]") {
    const LoadResult r = loadCourse(fixture());
    INFO(test::formatted(r.diagnostics).size());
    CHECK(r.diagnostics.empty());
    const Module* basics = r.course->findModule("basics");
    const Module* extra = r.course->findModule("extra");
    REQUIRE((basics && extra));
    CHECK(basics->languages == std::vector<std::string>{"en", "ar", "fr"});
    CHECK(extra->languages == std::vector<std::string>{"en"});
    REQUIRE(basics->variants.size() == 2);
    const Module& fr = *basics->variants.at("fr");
    CHECK(fr.meta.title == "Les bases");
    CHECK(fr.meta.language == "fr");
    CHECK(fr.languages == basics->languages);
    CHECK(fr.variants.empty());
    CHECK(basics->variants.at("ar")->meta.title == "الأساسيات");
    // The course still has the base modules only; the glossary and title stay English.
    CHECK(r.course->modules.size() == 2);
    CHECK(r.course->title == "Languages course");
    CHECK(r.course->findTerm("gge")->term == "GGE");
    CHECK(r.course->textVariants.at("fr").title == "Cours en plusieurs langues");
    CHECK(r.course->glossaryVariants.at("fr").size() == 1);
}

TEST_CASE("variants: courseIn shows the course in one language with the base's ids", "[load][variants]") {
    const LoadResult r = loadCourse(fixture());
    const auto fr = courseIn(r.course, "fr");
    REQUIRE(fr != r.course);
    CHECK(fr->contentLanguage == "fr");
    CHECK(fr->title == "Cours en plusieurs langues");
    CHECK(fr->summary == "Un cours aux modules traduits, pour les tests du chargeur.");
    const Module* basics = fr->findModule("basics");
    REQUIRE(basics);
    CHECK(basics->meta.title == "Les bases");
    CHECK(basics->sections[0].title == "Début");
    // Same ids as the base, so progress and the reader's place carry over.
    const Module* base = r.course->findModule("basics");
    REQUIRE(basics->sections.size() == base->sections.size());
    for (size_t i = 0; i < base->sections.size(); ++i) CHECK(basics->sections[i].id == base->sections[i].id);
    CHECK(basics->findQuiz("check"));
    CHECK(basics->findReflection("why"));
    // A module without a translation, a term without one: English.
    CHECK(fr->findModule("extra")->meta.title == "Extra");
    CHECK(fr->findTerm("gge")->term == "GEG");
    CHECK(fr->findTerm("gge")->definition == "Groupe d'experts gouvernementaux.");
    CHECK(fr->findTerm("oewg")->term == "OEWG");
    CHECK(fr->findTerm("oewg")->definition == "Open-ended Working Group.");
    // Arabic: modules translated, no course.ar.yaml, no glossary.ar.md.
    const auto ar = courseIn(r.course, "ar");
    CHECK(ar->title == "Languages course");
    CHECK(ar->findModule("basics")->meta.title == "الأساسيات");
    CHECK(ar->findTerm("gge")->term == "GGE");
    // No translation at all, or the base language: the course as loaded.
    CHECK(courseIn(r.course, "ru") == r.course);
    CHECK(courseIn(r.course, "") == r.course);
    CHECK(moduleIn(r.course->modules[0], "zh-Hans") == r.course->modules[0]);
    // The loaded course itself is unchanged.
    CHECK(r.course->findModule("basics")->meta.title == "Basics");
}

TEST_CASE("variants: a clean translated course passes lectern check", "[check][variants]") {
    const Check c = check(fixture());
    INFO(joined(c));
    CHECK(c.code == 0);
    CHECK(c.lines.empty());
}

TEST_CASE("check: a translation with a section id the base lacks, and lacking one of the base's", "[check][variants]") {
    CourseCopy copy;
    copy.edit("modules/basics/module.fr.md", "## Milieu {#middle}", "## Milieu {#centre}");
    const Check c = check(copy.root);
    INFO(joined(c));
    CHECK(c.code == 1);
    const std::string file = copy.root + "/modules/basics/module.fr.md";
    CHECK(c.has(file + ":13:1: error: section 'centre' is not in module.md; a translation keeps the ids of the base module"));
    CHECK(c.has(file + ":1:1: error: lacks section 'middle' (module.md line 13)"));
    // Only the French file is wrong.
    for (const std::string& line : c.lines) CHECK(line.rfind(file, 0) == 0);
}

TEST_CASE("check: a translation that lacks a reflection or a quiz", "[check][variants]") {
    CourseCopy copy;
    copy.edit("modules/basics/module.ar.md", "id: why", "id: why-not");
    std::string ar = copy.read("modules/basics/module.ar.md");
    ar = ar.substr(0, ar.find("```quiz"));
    copy.write("modules/basics/module.ar.md", ar);
    const Check c = check(copy.root);
    INFO(joined(c));
    const std::string file = copy.root + "/modules/basics/module.ar.md";
    CHECK(c.has(file + ":1:1: error: lacks reflection 'why' (module.md line 15)"));
    CHECK(c.has(file + ":1:1: error: lacks quiz 'check' (module.md line 22)"));
    CHECK(c.has(file + ":15:1: error: reflection 'why-not' is not in module.md; a translation keeps the ids of the base module"));
}

TEST_CASE("check: a translated quiz with another question kind or other choice ids", "[check][variants]") {
    CourseCopy copy;
    copy.edit("modules/basics/module.fr.md", "    type: single", "    type: multiple");
    copy.edit("modules/basics/module.fr.md", "      - id: b", "      - id: c");
    copy.edit("modules/basics/module.fr.md", "  - id: count", "  - id: total");
    const Check c = check(copy.root);
    INFO(joined(c));
    CHECK(c.code == 1);
    const std::string file = copy.root + "/modules/basics/module.fr.md";
    const auto any = [&](const std::string& start, const std::string& text) {
        for (const std::string& l : c.lines)
            if (l.rfind(file + ":" + start, 0) == 0 && l.find(text) != std::string::npos) return true;
        return false;
    };
    CHECK(any("25:", "error: question 'year' is multiple here but single in module.md line 25"));
    CHECK(any("34:", "error: question 'total' of quiz 'check' is not in module.md"));
    CHECK(any("22:", "error: lacks question 'count' of quiz 'check' (module.md line 34)"));

    CourseCopy second;
    second.edit("modules/basics/module.fr.md", "      - id: b", "      - id: c");
    second.edit("modules/basics/module.fr.md", "        correct: true\n", "");
    second.edit("modules/basics/module.fr.md", "text: \"1998\"", "text: \"1998\"\n        correct: true");
    const Check d = check(second.root);
    INFO(joined(d));
    const std::string f2 = second.root + "/modules/basics/module.fr.md";
    bool choiceExtra = false, choiceLacking = false, rightWrong = false;
    for (const std::string& l : d.lines) {
        choiceExtra |= l.find("error: choice 'c' of question 'year' is not in module.md") != std::string::npos;
        choiceLacking |= l.find("error: lacks choice 'b' of question 'year' (module.md line 32)") != std::string::npos;
        rightWrong |= l.find("error: choice 'a' of question 'year' is wrong here but right in module.md") != std::string::npos;
    }
    CHECK(choiceExtra);
    CHECK(choiceLacking);
    CHECK(rightWrong);
}

TEST_CASE("check: a translation whose language: does not match its file name", "[check][variants]") {
    CourseCopy copy;
    copy.edit("modules/basics/module.fr.md", "language: fr", "language: es");
    copy.edit("modules/basics/module.ar.md", "language: ar\n", "");
    const Check c = check(copy.root);
    INFO(joined(c));
    CHECK(c.code == 1);
    CHECK(c.has(copy.root + "/modules/basics/module.fr.md:5:11: error: 'language: es' does not match the file name, "
                            "which says 'fr'; rename the file or fix the language"));
    CHECK(c.has(copy.root + "/modules/basics/module.ar.md:1:1: warning: front matter has no 'language: ar'; add it so "
                            "the file says what it is"));
    // The file name decides: the French file is still shown as French.
    const LoadResult r = loadCourse(copy.root);
    CHECK(r.course->findModule("basics")->variants.at("fr")->meta.language == "fr");
}

TEST_CASE("check: a glossary translation with a term the base glossary lacks", "[check][variants]") {
    CourseCopy copy;
    copy.write("content/glossary.fr.md", "# Glossaire\n\n## GEG {#gge}\nGroupe.\n\n## ONU {#onu}\nOrganisation des Nations Unies.\n");
    const Check c = check(copy.root);
    INFO(joined(c));
    CHECK(c.code == 1);
    CHECK(c.has(copy.root + "/content/glossary.fr.md:6:1: error: term 'onu' is not in " + copy.root +
                "/content/glossary.md; a translated term keeps the base's id ({#onu})"));
}

TEST_CASE("check: a translation's links are checked like its base's", "[check][variants]") {
    CourseCopy copy;
    copy.edit("modules/basics/module.fr.md", "(glossary:gge)", "(glossary:nope)");
    const Check c = check(copy.root);
    INFO(joined(c));
    CHECK(c.code == 1);
    bool reported = false;
    for (const std::string& l : c.lines)
        reported |= l.rfind(copy.root + "/modules/basics/module.fr.md:11:", 0) == 0 &&
                    l.find("error: glossary term 'nope' is not defined") != std::string::npos;
    CHECK(reported);
    CHECK(c.lines.size() == 1);
}

TEST_CASE("check: an unknown language tag is a warning and the file is skipped", "[check][variants]") {
    CourseCopy copy;
    copy.write("modules/basics/module.xx.md", copy.read("modules/basics/module.fr.md"));
    copy.write("content/course.de.yaml", "title: Kurs\n");
    const Check c = check(copy.root);
    INFO(joined(c));
    CHECK(c.code == 0);
    CHECK(c.has(copy.root + "/modules/basics/module.xx.md: warning: 'xx' is not a language Lectern knows (ar, es, fr, ru, "
                            "zh-Hans); the file is skipped"));
    CHECK(c.has(copy.root + "/content/course.de.yaml: warning: 'de' is not a language Lectern knows (ar, es, fr, ru, "
                            "zh-Hans); the file is skipped"));
    const LoadResult r = loadCourse(copy.root);
    CHECK(r.course->findModule("basics")->languages == std::vector<std::string>{"en", "ar", "fr"});
}

TEST_CASE("check: a translation that is a symbolic link out of the course is refused", "[check][variants][containment]") {
    CourseCopy copy;
    copy.tmp.write("outside/module.md", copy.read("modules/basics/module.fr.md"));
    fs::create_symlink(copy.tmp.path() / "outside" / "module.md", copy.path("modules/basics/module.ru.md"));
    const Check c = check(copy.root);
    INFO(joined(c));
    CHECK(c.code == 1);
    bool refused = false;
    for (const std::string& l : c.lines)
        refused |= l.rfind(copy.root + "/modules/basics/module.ru.md: error: translation ", 0) == 0 &&
                   l.find("it is skipped") != std::string::npos;
    CHECK(refused);
    const LoadResult r = loadCourse(copy.root);
    CHECK(r.course->findModule("basics")->variants.count("ru") == 0);
}

TEST_CASE("check: a module folder or a translation file alone reports the translation's problems", "[check][variants]") {
    CourseCopy copy;
    copy.edit("modules/basics/module.fr.md", "## Fin {#end}", "## Fin {#fin}");
    const std::string file = copy.root + "/modules/basics/module.fr.md";
    for (const std::string& given : {copy.root + "/modules/basics", file}) {
        INFO(given);
        const Check c = check(given);
        INFO(joined(c));
        CHECK(c.code == 1);
        CHECK(c.has(file + ":1:1: error: lacks section 'end' (module.md line 20)"));
        for (const std::string& l : c.lines) CHECK(l.rfind(file, 0) == 0);
    }
}

TEST_CASE("variants: CourseHandle switches the content language and keeps it across reloads", "[session][variants]") {
    const LoadResult r = loadCourse(fixture());
    session::CourseHandle handle(r.course);
    CHECK(handle.contentLanguage().empty());
    const uint64_t before = handle.generation();
    const uint64_t g = handle.setContentLanguage("fr");
    CHECK(g == before + 1);
    CHECK(handle.generation() == g);
    CHECK(handle.contentLanguage() == "fr");
    CHECK(handle.course()->findModule("basics")->meta.title == "Les bases");
    CHECK(handle.base() == r.course);
    // A reload brings a new base; the language stays.
    REQUIRE(handle.replace(loadCourse(fixture()).course) != 0);
    CHECK(handle.course()->findModule("basics")->meta.title == "Les bases");
    CHECK(handle.course()->title == "Cours en plusieurs langues");
    handle.setContentLanguage("");
    CHECK(handle.course()->findModule("basics")->meta.title == "Basics");
    CHECK(handle.course() == handle.base());
}
