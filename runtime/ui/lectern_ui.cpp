// LecternUi: the learner interface. Ties the app state (screens, settings, dialogs) to the
// views, routes keyboard shortcuts and turns UiEvents into navigation.
//
// Index
//   [SECTION] Impl
//   [SECTION] Start-up: learner, settings, first screen
//   [SECTION] Fonts and theme
//   [SECTION] Keyboard shortcuts
//   [SECTION] Events (navigation)
//   [SECTION] Frame
//   [SECTION] Public API
#include "ui/lectern_ui.h"

#include "progress_rules/progress_rules.h"
#include "ui/app_state.h"
#include "ui/fonts.h"
#include "ui/keys.h"
#include "ui/theme.h"
#include "ui/views/catalogue_view.h"
#include "ui/views/completion_view.h"
#include "ui/views/glossary_view.h"
#include "ui/views/help_view.h"
#include "ui/views/learner_picker_view.h"
#include "ui/views/nav_focus.h"
#include "ui/views/reader_view.h"
#include "ui/views/search_view.h"
#include "ui/views/status_bar.h"
#include "ui/widgets/image_cache.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace lectern::ui {

namespace {
constexpr int kLeftBracket = 91, kRightBracket = 93;  // GLFW_KEY_LEFT_BRACKET / RIGHT_BRACKET
constexpr int kSettleFrames = 2;  // ImGui needs a frame or two to place popups and focus

bool pressed(int key) { return ImGui::IsKeyPressed(key, true); }
bool pressedOnce(int key) { return ImGui::IsKeyPressed(key, false); }
} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Impl
//-----------------------------------------------------------------------------

struct LecternUi::Impl {
    Impl(std::shared_ptr<const Course> c, ProgressStore& s, UiOptions o)
        : course(std::move(c)), store(s), options(std::move(o)), images(options.uploadTexture, options.wake), reader(images) {}

    std::shared_ptr<const Course> course;
    ProgressStore& store;
    UiOptions options;

    FontSet fonts;
    bool fontsLoaded = false;
    float fontsBasePx = -1;
    Theme theme = makeTheme(ThemeKind::Light);
    bool styleDirty = true;
    UiSettings settings;

    Screen screen = Screen::Catalogue;
    bool started = false;
    ImageCache images;
    ReaderView reader;
    LearnerPickerView picker;
    std::unique_ptr<SearchView> search;
    CatalogueRequest catalogueRequest{2};
    GlossaryRequest glossaryRequest;

    std::vector<UiEvent> events;
    std::string pendingUrl;  // waiting for the learner's confirmation
    std::string shownUrl;
    bool linkDialogOpen = false;
    std::optional<std::string> urlToOpen;
    bool helpOpen = false;
    bool quit = false;
    std::string notice;
    bool completionShown = false;
    bool completionDue = false;
    bool lastComplete = false;
    const ProgressSnapshot* lastSnapshot = nullptr;

    double now = 0;
    double wakeAt = -1;  // absolute time requested through env.wakeIn
    int settle = kSettleFrames;
    std::shared_ptr<const ProgressSnapshot> snapshot;

    UiEnv env() {
        UiEnv e;
        e.course = course.get();
        e.progress = snapshot;
        e.fonts = &fonts;
        e.theme = &theme;
        e.now = now;
        e.submit = [this](ProgressCommand c) {
            store.submit(std::move(c));
            snapshot = store.snapshot();  // show the learner's action in this very frame
        };
        e.post = [this](UiEvent ev) { events.push_back(std::move(ev)); };
        e.wakeIn = [this](double s) {
            double at = now + std::max(0.0, s);
            wakeAt = wakeAt < 0 ? at : std::min(wakeAt, at);
        };
        return e;
    }

    void start(const UiEnv& env);
    void learnerReady(const UiEnv& env);
    void applySettings();
    void saveSettings(const UiEnv& env);
    void handleShortcuts(const UiEnv& env);
    // The store's state, counting typed text still inside its debounce as not yet saved.
    SaveStatus saveStatus() const {
        SaveStatus s = store.status();
        if (s.state != SaveState::Failed && reader.module() && reader.hasUnsavedEdits()) ++s.pending;
        return s;
    }
    void handleEvents(const UiEnv& env);
    void openModule(const UiEnv& env, const std::string& moduleId, const std::string& sectionId);
    void goCatalogue(const UiEnv& env);
    void drawTopBar(const UiEnv& env);
    void drawNotice();
    void drawLinkDialog();
    void frame();
    std::string location() const;
};

//-----------------------------------------------------------------------------
// [SECTION] Start-up: learner, settings, first screen
//-----------------------------------------------------------------------------

void LecternUi::Impl::start(const UiEnv& env) {
    started = true;
    notice = options.startupNotice;
    auto snap = store.snapshot();
    if ((!snap || snap->learner == 0) && !options.learnerName.empty()) {
        std::string error;
        LearnerId id = store.ensureLearner(options.learnerName);
        if (id == 0 || !store.selectLearner(id, course->id, error))
            notice += (notice.empty() ? "" : "\n") + std::string("Could not open learner \"") + options.learnerName + "\": " + error;
        snap = store.snapshot();
    }
    if (!snap || snap->learner == 0) {
        std::vector<LearnerInfo> learners = store.learners();
        if (learners.size() == 1) {
            std::string error;
            if (store.selectLearner(learners[0].id, course->id, error)) snap = store.snapshot();
        }
    }
    snapshot = store.snapshot();
    if (!snapshot || snapshot->learner == 0) {
        screen = Screen::Learners;
        return;
    }
    learnerReady(env);
}

// A learner is selected: their settings, then --open, the resume point, or the catalogue.
void LecternUi::Impl::learnerReady(const UiEnv& env) {
    snapshot = store.snapshot();
    settings = snapshot ? UiSettings::fromJson(snapshot->settingsJson) : UiSettings{};
    applySettings();
    lastComplete = snapshot && courseProgress(*course, *snapshot).complete;
    lastSnapshot = snapshot.get();
    completionDue = completionShown = false;  // per learner
    UiEnv e = env;
    e.progress = snapshot;
    if (!options.openTarget.empty()) {
        OpenTarget t = parseOpenTarget(options.openTarget);
        options.openTarget.clear();  // only at start
        if (course->findModule(t.moduleId)) {
            openModule(e, t.moduleId, t.sectionId);
            return;
        }
        notice += (notice.empty() ? "" : "\n") + std::string("There is no module \"") + t.moduleId + "\" in this course.";
    }
    if (snapshot && snapshot->resume && course->findModule(snapshot->resume->section.moduleId)) {
        openModule(e, snapshot->resume->section.moduleId, snapshot->resume->section.sectionId);
        return;
    }
    goCatalogue(e);
}

//-----------------------------------------------------------------------------
// [SECTION] Fonts and theme
//-----------------------------------------------------------------------------

void LecternUi::Impl::applySettings() {
    theme = makeTheme(settings.theme);
    styleDirty = true;
}

void LecternUi::Impl::saveSettings(const UiEnv& env) {
    applySettings();
    env.submit(SaveSettings{settings.toJson()});
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard shortcuts
//-----------------------------------------------------------------------------

void LecternUi::Impl::handleShortcuts(const UiEnv& env) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool ctrl = io.KeyCtrl, alt = io.KeyAlt, shift = io.KeyShift;
    const bool typing = io.WantTextInput;

    if (pressedOnce(keys::F1)) {
        helpOpen = !helpOpen;
        settle = kSettleFrames;
    }
    if (!pendingUrl.empty()) {  // the link dialog owns Enter and Esc
        if (pressedOnce(keys::Enter) || pressedOnce(keys::KeypadEnter)) {
            urlToOpen = pendingUrl;
            pendingUrl.clear();
        } else if (pressedOnce(keys::Escape)) {
            pendingUrl.clear();
        }
        return;
    }
    if (helpOpen) {
        if (pressedOnce(keys::Escape)) helpOpen = false;
        return;
    }
    if (screen == Screen::Learners) return;

    // Ctrl+S: learners press it out of habit; here it retries saves that failed.
    if (ctrl && pressedOnce(keys::letter('S'))) store.retry();
    if (ctrl && pressedOnce(keys::letter('F'))) env.post(OpenSearch{});
    if (ctrl && pressedOnce(keys::letter('G'))) env.post(OpenGlossary{});
    if (ctrl && (pressed(keys::Equal) || pressed(keys::KeypadAdd))) env.post(ChangeFontSize{+1});
    if (ctrl && (pressed(keys::Minus) || pressed(keys::KeypadSubtract))) env.post(ChangeFontSize{-1});
    if (ctrl && pressedOnce(keys::Num0)) env.post(ChangeFontSize{0});
    if (ctrl && pressedOnce(keys::letter('T'))) {
        ThemeKind next = settings.theme == ThemeKind::Light  ? ThemeKind::Dark
                         : settings.theme == ThemeKind::Dark ? ThemeKind::HighContrast
                                                             : ThemeKind::Light;
        env.post(ChangeTheme{next});
    }

    if (pressedOnce(keys::Escape)) {
        if (screen == Screen::Reader && reader.interactiveHasFocus()) {
            // ImGui's own Esc leaves the quiz or reflection; the reader keeps the keyboard.
        } else if (screen == Screen::Reader && reader.tocHasFocus()) {
            reader.focusContent();
        } else if ((screen == Screen::Glossary || screen == Screen::Search) && reader.module()) {
            screen = Screen::Reader;
            reader.resumeClock(now);
            reader.focusContent();
        } else if (screen != Screen::Catalogue) {
            env.post(OpenCatalogue{});
        }
    }
    if (screen != Screen::Reader) return;
    if (ctrl && pressedOnce(keys::letter('B'))) reader.toggleBookmark(env);
    if (pressedOnce(keys::function(6))) {
        if (reader.tocHasFocus()) reader.focusContent();
        else reader.focusToc();
    }
    if (typing || ctrl || reader.interactiveHasFocus()) return;
    // Page keys and section keys work from the table of contents too; arrows, Space, Tab and
    // Enter there belong to its own list.
    if (alt && pressed(keys::Left)) reader.key(env, ReaderKey::PrevSection);
    else if (alt && pressed(keys::Right)) reader.key(env, ReaderKey::NextSection);
    else if (alt) return;
    if (pressed(kLeftBracket)) reader.key(env, ReaderKey::PrevSection);
    if (pressed(kRightBracket)) reader.key(env, ReaderKey::NextSection);
    if (pressed(keys::PageUp)) reader.key(env, ReaderKey::PageUp);
    if (pressed(keys::PageDown)) reader.key(env, ReaderKey::PageDown);
    if (pressedOnce(keys::Home)) reader.key(env, ReaderKey::Home);
    if (pressedOnce(keys::End)) reader.key(env, ReaderKey::End);
    if (reader.tocHasFocus()) return;
    if (pressed(keys::Up)) reader.key(env, ReaderKey::LineUp);
    if (pressed(keys::Down)) reader.key(env, ReaderKey::LineDown);
    if (shift && pressed(keys::Space)) reader.key(env, ReaderKey::PageUp);
    if (!shift && pressed(keys::Space)) reader.key(env, ReaderKey::PageDown);
    if (pressed(keys::Tab)) reader.key(env, shift ? ReaderKey::FocusPrev : ReaderKey::FocusNext);
    if (pressedOnce(keys::Enter) || pressedOnce(keys::KeypadEnter)) reader.key(env, ReaderKey::Activate);
}

//-----------------------------------------------------------------------------
// [SECTION] Events (navigation)
//-----------------------------------------------------------------------------

void LecternUi::Impl::openModule(const UiEnv& env, const std::string& moduleId, const std::string& sectionId) {
    const Module* m = course->findModule(moduleId);
    if (!m) {
        notice = "There is no module \"" + moduleId + "\" in this course.";
        return;
    }
    std::string section = sectionId;
    float fraction = 0;
    // Back where the learner left off when they return to the module (or to that section).
    if (snapshot && snapshot->resume && snapshot->resume->section.moduleId == moduleId &&
        (section.empty() || section == snapshot->resume->section.sectionId)) {
        section = snapshot->resume->section.sectionId;
        fraction = std::clamp(snapshot->resume->scrollY, 0.0f, 1.0f);
    }
    if (reader.module() != m) reader.close(env);
    reader.open(env, *m, section, fraction);
    reader.resumeClock(now);
    reader.focusContent();
    screen = Screen::Reader;
}

void LecternUi::Impl::goCatalogue(const UiEnv& env) {
    reader.close(env);
    screen = completionDue && !completionShown ? Screen::CourseComplete : Screen::Catalogue;
    if (screen == Screen::CourseComplete) completionShown = true;
    catalogueRequest.focusFirstFrames = 2;
}

void LecternUi::Impl::handleEvents(const UiEnv& env) {
    // Handling an event may post more: take the batch first.
    std::vector<UiEvent> batch;
    batch.swap(events);
    for (UiEvent& ev : batch) {
        settle = kSettleFrames;
        if (auto* om = std::get_if<OpenModule>(&ev)) {
            openModule(env, om->moduleId, om->sectionId);
        } else if (std::get_if<OpenCatalogue>(&ev)) {
            goCatalogue(env);
        } else if (auto* og = std::get_if<OpenGlossary>(&ev)) {
            glossaryRequest.termId = og->termId;
            glossaryRequest.scrollPending = true;
            screen = Screen::Glossary;
        } else if (std::get_if<OpenSearch>(&ev)) {
            if (!search) search = std::make_unique<SearchView>(course);
            search->focusInput();
            screen = Screen::Search;
        } else if (auto* ol = std::get_if<OpenExternalLink>(&ev)) {
            pendingUrl = ol->url;
        } else if (auto* cf = std::get_if<ChangeFontSize>(&ev)) {
            int steps = cf->steps == 0 ? 0 : settings.fontSteps + cf->steps;
            steps = std::clamp(steps, UiSettings::kMinFontSteps, UiSettings::kMaxFontSteps);
            if (steps != settings.fontSteps) {
                settings.fontSteps = steps;
                saveSettings(env);
            }
        } else if (auto* ct = std::get_if<ChangeTheme>(&ev)) {
            if (ct->kind != settings.theme) {
                settings.theme = ct->kind;
                saveSettings(env);
            }
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void LecternUi::Impl::drawTopBar(const UiEnv& env) {
    ImGui::PushFont(fonts.bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(course->title.c_str());
    ImGui::PopFont();
    if (screen == Screen::Learners) return;
    // Right-aligned controls: theme, text size, help.
    const char* themeLabels[] = {"Light", "Dark", "High contrast"};
    const ImGuiStyle& style = ImGui::GetStyle();
    float w = 0;
    for (const char* l : themeLabels) w += ImGui::CalcTextSize(l).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
    w += ImGui::CalcTextSize("A-A+Help (F1)").x + style.FramePadding.x * 6 + style.ItemSpacing.x * 3;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 20, ImGui::GetWindowContentRegionMax().x - w));
    const ThemeKind kinds[] = {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast};
    for (int i = 0; i < 3; ++i) {
        const bool current = settings.theme == kinds[i];
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(themeLabels[i])) env.post(ChangeTheme{kinds[i]});
        if (current) ImGui::PopStyleColor();
        ImGui::SameLine();
    }
    if (ImGui::Button("A-")) env.post(ChangeFontSize{-1});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Smaller text (Ctrl+-)");
    ImGui::SameLine();
    if (ImGui::Button("A+")) env.post(ChangeFontSize{+1});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Larger text (Ctrl+=)");
    ImGui::SameLine();
    if (ImGui::Button("Help (F1)")) {
        helpOpen = true;
        settle = kSettleFrames;
    }
}

void LecternUi::Impl::drawNotice() {
    if (notice.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(theme.noteBg));
    const float lines = 1 + static_cast<float>(std::count(notice.begin(), notice.end(), '\n'));
    const float h = std::min(lines, 6.0f) * ImGui::GetTextLineHeightWithSpacing() + ImGui::GetFrameHeightWithSpacing() +
                    ImGui::GetStyle().WindowPadding.y * 2;
    ImGui::BeginChild("##notice", ImVec2(0, h), true);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(notice.data(), notice.data() + notice.size());
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Dismiss")) notice.clear();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void LecternUi::Impl::drawLinkDialog() {
    const char* title = "Open this link in your browser?";
    if (!pendingUrl.empty() && !linkDialogOpen) {
        ImGui::OpenPopup(title);
        linkDialogOpen = true;
        shownUrl = pendingUrl;
    }
    if (!linkDialogOpen) return;
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(fonts.basePx * 36, FLT_MAX));
    if (ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("This link leaves the course and opens in your web browser:");
        ImGui::PushTextWrapPos(fonts.basePx * 34);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.link));
        ImGui::TextUnformatted(shownUrl.c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
        ImGui::TextUnformatted("You may be offline: the page may not load.");
        if (ImGui::Button("Open in browser (Enter)") && !pendingUrl.empty()) {
            urlToOpen = pendingUrl;
            pendingUrl.clear();
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel (Esc)")) pendingUrl.clear();
        // Closed by a button here or by Enter / Esc in handleShortcuts.
        if (pendingUrl.empty()) {
            ImGui::CloseCurrentPopup();
            linkDialogOpen = false;
        }
        ImGui::EndPopup();
    } else {
        linkDialogOpen = false;
        pendingUrl.clear();
    }
}

void LecternUi::Impl::frame() {
    now = ImGui::GetTime();
    if (wakeAt >= 0 && now >= wakeAt) wakeAt = -1;
    snapshot = store.snapshot();
    if (!fontsLoaded) {
        // prepareFonts was not called (a test, or the shell's first frame): use ImGui's font.
        ImFont* f = ImGui::GetFont();
        fonts = FontSet{f, f, f, f, f, f, f, f, f->FontSize};
    }
    if (styleDirty) {
        applyImGuiStyle(settings.theme, fonts.basePx / 18.0f);
        styleDirty = false;
    }
    UiEnv e = env();
    if (!started) start(e);
    e.progress = snapshot;

    // Course completion: shown once, when the learner next returns to the course page.
    if (snapshot.get() != lastSnapshot) {
        lastSnapshot = snapshot.get();
        const bool complete = snapshot && snapshot->learner != 0 && courseProgress(*course, *snapshot).complete;
        if (complete && !lastComplete) completionDue = true;
        lastComplete = complete;
    }

    enterActivatesFocusedItem(keys::Enter, keys::KeypadEnter);
    handleShortcuts(e);
    e.progress = snapshot;

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("##lectern", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    // The page itself has nothing to read: a click on its background gives the keys back to the text.
    if (screen == Screen::Reader && ImGui::IsWindowFocused()) reader.focusContent();
    drawTopBar(e);
    ImGui::Separator();
    drawNotice();
    const float statusH = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("##main", ImVec2(0, -statusH), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const bool modal = helpOpen || !pendingUrl.empty() || linkDialogOpen;
    switch (screen) {
    case Screen::Learners:
        if (picker.draw(e, store)) learnerReady(e);
        break;
    case Screen::Catalogue:
        drawCatalogue(e, catalogueRequest);
        if (catalogueRequest.switchLearner) {
            catalogueRequest.switchLearner = false;
            picker.refresh(store);
            screen = Screen::Learners;
        }
        break;
    case Screen::Reader: {
        const bool appFocused = !ImGui::GetIO().AppFocusLost;
        reader.draw(e, !modal && appFocused);
        break;
    }
    case Screen::Glossary: drawGlossary(e, glossaryRequest); break;
    case Screen::Search:
        if (!search) search = std::make_unique<SearchView>(course);
        search->draw(e);
        break;
    case Screen::CourseComplete: drawCourseComplete(e); break;
    }
    ImGui::EndChild();
    ImGui::Separator();
    if (drawStatusBar(e, saveStatus(), snapshot ? snapshot->learnerName : std::string())) store.retry();
    ImGui::End();

    helpOpen = drawHelp(helpOpen);
    drawLinkDialog();
    handleEvents(e);
    if (settle > 0) --settle;
}

std::string LecternUi::Impl::location() const {
    if (screen == Screen::Reader && reader.module()) {
        std::string s = reader.currentSectionId();
        return reader.module()->meta.id + (s.empty() ? std::string() : "#" + s);
    }
    return screenName(screen);
}

//-----------------------------------------------------------------------------
// [SECTION] Public API
//-----------------------------------------------------------------------------

LecternUi::LecternUi(std::shared_ptr<const Course> course, ProgressStore& store, UiOptions options)
    : m_impl(std::make_unique<Impl>(std::move(course), store, std::move(options))) {
    IM_ASSERT(m_impl->course && "LecternUi needs a course (an empty one is fine)");
}

LecternUi::~LecternUi() {
    // Leaving: time on task and the resume position go to the store.
    if (m_impl->reader.module()) m_impl->reader.close(m_impl->env());
}

bool LecternUi::prepareFonts(ImFontAtlas& atlas, float contentScale) {
    Impl& d = *m_impl;
    if (contentScale <= 0) contentScale = d.options.fontScale > 0 ? d.options.fontScale : 1.0f;
    const float px = bodyPixelSize(contentScale, d.settings.fontScale());
    if (d.fontsLoaded && px == d.fontsBasePx) return false;
    FontLoadResult r = loadFonts(atlas, px, d.options.assetsDir);
    static bool warned = false;
    if (r.usedDefaultFont && !warned) {
        warned = true;
        std::fprintf(stderr, "lectern: %s\n", r.message.c_str());
        d.notice += (d.notice.empty() ? "" : "\n") + r.message;
    }
    d.fonts = r.fonts;
    d.fontsLoaded = true;
    d.fontsBasePx = px;
    d.styleDirty = true;
    d.settle = kSettleFrames;
    return true;
}

void LecternUi::frame() { m_impl->frame(); }

void LecternUi::flushEdits() { m_impl->reader.flushEdits(); }

double LecternUi::nextWakeSeconds() const {
    const Impl& d = *m_impl;
    double wake = -1;
    auto consider = [&](double s) {
        if (s >= 0) wake = wake < 0 ? s : std::min(wake, s);
    };
    if (d.settle > 0 || !d.events.empty()) consider(0);
    if (d.wakeAt >= 0) consider(std::max(0.0, d.wakeAt - d.now));
    if (d.screen == Screen::Reader) consider(d.reader.nextWakeSeconds());
    return wake;
}

bool LecternUi::wantsQuit() const { return m_impl->quit; }

std::optional<std::string> LecternUi::takeUrlToOpen() {
    std::optional<std::string> url;
    url.swap(m_impl->urlToOpen);
    return url;
}

std::string LecternUi::currentLocation() const { return m_impl->location(); }

std::string LecternUi::saveStatusLine() const { return saveStatusText(m_impl->saveStatus()); }

bool LecternUi::imagesPending() const { return m_impl->images.busy(); }

} // namespace lectern::ui
