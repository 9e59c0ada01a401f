// Course manifest parsing. See manifest.h and docs/module-format.md.
#include "load/manifest.h"

#include "load/interactive_blocks.h"
#include "load/yaml_reader.h"
#include "util/slug.h"
#include "util/utf8.h"
#include "xapi/activity_iri.h"

#include <set>

namespace lectern {

Manifest parseManifestText(std::string_view bytes, const std::string& file, Course& course, Diagnostics& diags) {
    Manifest man;
    const std::vector<utf8::BadByte> bad = utf8::findBadBytes(bytes, 1);
    if (!bad.empty()) {
        diags.error(file, bad[0].pos, bad[0].nul ? "NUL byte in course.yaml; it must be plain UTF-8 text"
                                                 : "invalid UTF-8 in course.yaml; save it as UTF-8");
        return man;
    }
    YamlSource src{file, 0, 0, &diags};
    std::optional<YAML::Node> root = parseYaml(bytes, src, {1, 1}, "course.yaml");
    if (!root) return man;
    if (!root->IsMap()) {
        diags.error(file, {1, 1}, "course.yaml must hold 'key: value' lines, at least 'id:', 'title:' and 'modules:'");
        return man;
    }
    YamlMap m(*root, src, "course.yaml", {1, 1});
    m.warnUnknownKeys({"id", "title", "summary", "language", "modules", "glossary", "completion", "pass_mark", "iri", "home_page", "issuer"});
    if (std::optional<std::string> id = m.string("id", true)) {
        if (isValidId(*id)) course.id = *id;
        else diags.error(file, m.valuePos("id"), "course id '" + *id + "' may only use letters, digits, '-', '_' and '.'");
    }
    if (std::optional<std::string> title = m.string("title", true)) course.title = std::string(trimSpaces(*title));
    course.summary = std::string(trimSpaces(m.string("summary", false).value_or("")));
    course.language = m.string("language", false).value_or("en");
    // "issuer:" (who signs certificates) is read where it is used: certificate/certificate_issue.cpp.
    // The IRIs of the course's learning records (xapi/activity_iri.h): checked here, so a bad
    // value is an error at the line that holds it rather than a statement an LRS refuses.
    auto iriKey = [&](const char* key, std::string& out) {
        std::optional<std::string> value = m.string(key, false);
        if (!value) return;
        std::string v(trimSpaces(*value));
        if (std::optional<std::string> problem = xapi::courseIriProblem(v))
            diags.error(file, m.valuePos(key), std::string("'") + key + "' in course.yaml " + *problem);
        else
            out = v;
    };
    iriKey("iri", course.iri);
    iriKey("home_page", course.homePage);
    if (std::optional<double> pass = m.number("pass_mark", false, 0, 100)) course.defaultPassPercent = *pass;
    if (std::optional<std::string> g = m.string("glossary", false)) {
        man.glossary = *g;
        man.glossaryExplicit = true;
        man.glossaryPos = m.valuePos("glossary");
    }
    YAML::Node modules = m.get("modules");
    if (modules.IsDefined() && !modules.IsNull()) {
        man.modulesListed = true;
        man.modulesPos = m.keyPos("modules");
        if (!modules.IsSequence()) {
            diags.error(file, m.valuePos("modules"), "'modules' in course.yaml must be a list of module folder names");
        } else {
            std::set<std::string> seen;
            for (const YAML::Node& e : modules) {
                const SourcePos p = src.pos(e);
                if (!e.IsScalar() || !isValidId(e.Scalar())) {
                    diags.error(file, p, "each entry of 'modules' must be a module folder name (letters, digits, '-', '_')");
                    continue;
                }
                if (!seen.insert(e.Scalar()).second) {
                    diags.error(file, p, "module '" + e.Scalar() + "' is listed twice in 'modules'");
                    continue;
                }
                man.modules.push_back({e.Scalar(), p});
            }
        }
    } else {
        diags.warning(file, {1, 1}, "course.yaml has no 'modules:' list; modules are taken in folder name order");
    }
    YAML::Node completion = m.get("completion");
    if (completion.IsDefined() && !completion.IsNull()) {
        if (!completion.IsMap()) {
            diags.error(file, m.valuePos("completion"), "'completion' in course.yaml must be a map (sections_read:, quizzes_passed:, ...)");
        } else {
            YamlMap c(completion, src, "completion", m.valuePos("completion"));
            c.warnUnknownKeys({"sections_read", "quizzes_passed", "reflections_answered"});
            course.completion.sectionsRead = c.number("sections_read", false, 0, 1).value_or(course.completion.sectionsRead);
            course.completion.quizzesPassed = c.boolean("quizzes_passed", false).value_or(course.completion.quizzesPassed);
            course.completion.reflectionsAnswered =
                c.boolean("reflections_answered", false).value_or(course.completion.reflectionsAnswered);
        }
    }
    return man;
}

} // namespace lectern
