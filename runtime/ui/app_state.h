// App state: which screen the learner is on, the learner's UI settings and the small pure
// helpers around them (settings JSON, --open targets). LecternUi (lectern_ui.cpp) owns one.
#pragma once
#include "ui/ui_env.h"

#include <string>

namespace lectern::ui {

// The screens LecternUi registers (ui/screen_registry.h): each has its name, draw and Esc.
enum class Screen { Learners, Catalogue, Reader, Glossary, Search, CourseComplete, MyNotes };

// Per-learner settings, saved with SaveSettings as JSON: {"theme":"dark","fontSteps":2,"language":"fr"}.
struct UiSettings {
    static constexpr int kMinFontSteps = -4;
    static constexpr int kMaxFontSteps = 10;

    ThemeKind theme = ThemeKind::Light;
    int fontSteps = 0;  // each step is 10% larger or smaller text
    std::string language;  // an interface language tag (i18n/ui_language.h); empty: from the environment
    // The language of the course's text: empty follows the interface (when the course has a
    // translation in it); a tag ("en" for the source) is the learner's own choice in the reader.
    std::string contentLanguage;

    float fontScale() const;
    std::string toJson() const;
    // Unknown or broken JSON gives the defaults (a bad settings row never stops the app).
    static UiSettings fromJson(const std::string& json);
    bool operator==(const UiSettings&) const = default;
};

// "--open MODULE[#SECTION]".
struct OpenTarget {
    std::string moduleId;
    std::string sectionId;
};
OpenTarget parseOpenTarget(const std::string& text);

} // namespace lectern::ui
