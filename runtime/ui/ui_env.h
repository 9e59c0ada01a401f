// UiEnv: what every view and widget gets each frame. Views only read the course and the
// progress snapshot; every learner action that must be saved leaves as a typed
// ProgressCommand through `submit`, and every jump between views as a UiEvent through `post`
// (views talk through typed events, not direct calls).
#pragma once
#include "course/document.h"
#include "store/progress.h"

#include <functional>
#include <memory>
#include <string>
#include <variant>

struct ImFont;

namespace lectern::certificate {
class CertificateJobs;
}
namespace lectern::sync {
class BundleJobs;
class SyncWorker;
}

namespace lectern::ui {

class TabRing;

// Fonts loaded by ui/fonts.cpp into the ImGui atlas at the current scale.
struct FontSet {
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
    ImFont* italic = nullptr;
    ImFont* boldItalic = nullptr;
    ImFont* mono = nullptr;
    ImFont* h1 = nullptr;  // module title
    ImFont* h2 = nullptr;  // section heading
    ImFont* h3 = nullptr;  // sub-headings
    float basePx = 18.f;   // size of `regular`, in pixels
    // Changes with every atlas build (new glyphs at the same size): text laid out with the
    // fonts of an older generation must be laid out again.
    unsigned generation = 0;
};

enum class ThemeKind { Light, Dark, HighContrast };

// Colours as packed ImU32 (IM_COL32), chosen by ui/theme.cpp.
struct Theme {
    ThemeKind kind = ThemeKind::Light;
    unsigned text = 0, textMuted = 0, link = 0, glossary = 0, codeBg = 0, quoteBar = 0,
             goalsBg = 0, goalsBorder = 0, engageBg = 0, engageBorder = 0, noteBg = 0,
             noteBorder = 0, correct = 0, wrong = 0, accent = 0, panelBg = 0;
};

// Navigation and app-level requests, handled by the app state after the frame.
// sectionId may be empty; highlight: the search the learner came from (its words are marked).
struct OpenModule { std::string moduleId; std::string sectionId; std::string highlight; };
struct OpenCatalogue {};
struct OpenGlossary { std::string termId; };
struct OpenSearch {};
struct OpenMyNotes {};  // "My bookmarks and notes"
struct OpenExternalLink { std::string url; };  // asks for confirmation first
struct ChangeFontSize { int steps = 0; };      // +1 / -1
struct ChangeTheme { ThemeKind kind = ThemeKind::Light; };
struct ChangeLanguage { std::string tag; };    // an interface language tag; empty: automatic
struct ChangeContentLanguage { std::string tag; };  // "" = the base language (LecternUi::setContentLanguage)
using UiEvent = std::variant<OpenModule, OpenCatalogue, OpenGlossary, OpenSearch, OpenExternalLink,
                             ChangeFontSize, ChangeTheme, OpenMyNotes, ChangeLanguage, ChangeContentLanguage>;

struct UiEnv {
    const Course* course = nullptr;
    std::shared_ptr<const ProgressSnapshot> progress;
    ProgressScope scope;                             // the signed-in learner and course

    const FontSet* fonts = nullptr;
    const Theme* theme = nullptr;
    double now = 0;                                  // seconds, monotonic (ImGui::GetTime())
    bool savesFailing = false;                       // the store cannot save now: nothing may say "Saved"
    bool rightToLeft = false;                        // the interface reads right to left: layouts mirror
    // Saves a learner action for `scope`, the learner signed in when this env was made: a
    // widget that keeps the function (a debounced edit) saves to the learner who typed.
    std::function<void(ProgressCommand)> submit;
    std::function<void(UiEvent)> post;               // navigate / ask the app for something
    std::function<void(double seconds)> wakeIn;      // ask for a frame later (debounce, timers)
    // Reflection sharing with the facilitator (session/profile_service.h): private unless the
    // signed-in learner shares it. Empty: no sharing offered (a widget drawn alone).
    std::function<bool(const std::string& moduleId, const std::string& reflectionId)> reflectionShared;
    std::function<void(const std::string& moduleId, const std::string& reflectionId, bool shared)> shareReflection;
    // Tab and Shift+Tab through the screen's buttons (widgets/tab_ring.h); null: no ring.
    TabRing* tabs = nullptr;
    // Issuing certificates on their worker (certificate/certificate_jobs.h). Null: none offered.
    certificate::CertificateJobs* certificates = nullptr;
    // The background sync to the learning record store (sync/sync_worker.h). Null: none.
    sync::SyncWorker* sync = nullptr;
    // Progress bundles to and from a USB stick (sync/bundle_jobs.h). Null: none offered.
    sync::BundleJobs* bundles = nullptr;
};

} // namespace lectern::ui
