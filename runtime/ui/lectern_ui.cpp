// LecternUi: the learner interface. Ties the session (who is studying), the course handle
// (which version of the course) and the app state (screens, settings, dialogs) to the views;
// dispatches the shortcut table and turns UiEvents into navigation. The top bar, the link
// dialog, the notice and every screen live in their own files (views/, screen_registry.h).
//
// Index
//   [SECTION] Impl
//   [SECTION] Screens
//   [SECTION] Session and course changes
//   [SECTION] Settings
//   [SECTION] Keyboard shortcuts
//   [SECTION] Events (navigation)
//   [SECTION] Frame
//   [SECTION] Public API
#include "ui/lectern_ui.h"

#include "i18n/tr.h"

#include "certificate/certificate_jobs.h"
#include "i18n/gettext_catalog.h"
#include "progress_rules/progress_rules.h"
#include "ui/app_state.h"
#include "ui/fonts.h"
#include "ui/glyph_set.h"
#include "ui/screen_registry.h"
#include "ui/shortcuts.h"
#include "ui/theme.h"
#include "ui/views/catalogue_view.h"
#include "ui/views/certificate_offer.h"
#include "ui/views/completion_view.h"
#include "ui/views/glossary_view.h"
#include "ui/views/help_view.h"
#include "ui/views/link_dialog.h"
#include "ui/views/my_notes_view.h"
#include "ui/views/nav_focus.h"
#include "ui/views/notice_view.h"
#include "ui/views/author_overlay.h"
#include "ui/views/problems_panel.h"
#include "ui/views/reader_view.h"
#include "ui/views/search_view.h"
#include "session/course_outcomes.h"
#include "session/room_service.h"
#include "sync/bundle_jobs.h"
#include "sync/sync_worker.h"
#include "ui/views/start_screen_view.h"
#include "ui/views/status_bar.h"
#include "ui/views/top_bar.h"
#include "ui/keys.h"
#include "ui/widgets/image_cache.h"
#include "ui/widgets/tab_ring.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace lectern::ui {

using session::SessionPhase;

namespace {
constexpr int kSettleFrames = 2;  // ImGui needs a frame or two to place popups and focus

sync::SyncWorkerOptions syncOptions(session::CourseHandle& courses, const std::string& dbPath, std::function<void()> wake) {
    sync::SyncWorkerOptions o;
    o.dbPath = dbPath;
    o.wake = std::move(wake);
    // Rows written without a stored statement: rendered with the course on screen when it is theirs.
    o.contextFor = [&courses](const std::string& courseId) {
        std::shared_ptr<const Course> course = courses.course();
        return course && course->id == courseId ? xapi::contextFor(course) : xapi::contextForId(courseId);
    };
    return o;
}
} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Impl
//-----------------------------------------------------------------------------

struct LecternUi::Impl {
    Impl(session::CourseHandle& c, session::LearnerSession& s, session::ProfileService& p, UiOptions o)
        : courses(c), session(s), profiles(p), options(std::move(o)), images(options.uploadTexture, options.wake),
          reader(images), certificates(p.dbPath(), options.wake),
          sync(syncOptions(c, p.dbPath(), options.wake)), bundles(p.dbPath(), options.wake) {
        session::CourseVersion v = courses.current();
        course = v.course;
        generation = v.generation;
        room = std::make_unique<session::RoomService>(s.store().path(), options.wake);  // read-only, beside the writer
        notice.add(options.startupNotice);
        if (options.author) reader.setAuthorOverlay(&overlay);
        registerScreens();
        setActiveGlyphSet(&glyphs);  // text drawn from now on asks for its glyphs here
        glyphs.request(course->title);  // on every screen: in the first atlas already
    }
    ~Impl() {
        if (activeGlyphSet() == &glyphs) setActiveGlyphSet(nullptr);
    }

    session::CourseHandle& courses;
    session::LearnerSession& session;
    session::ProfileService& profiles;
    UiOptions options;
    std::unique_ptr<session::RoomService> room;  // the facilitator's dashboard (its own worker)
    std::shared_ptr<const Course> course;  // the version every view draws this frame
    uint64_t generation = 0;

    // Who the views are drawing for; commands made now are saved to this learner.
    ProgressScope shownScope;
    uint64_t sessionSerial = 0;
    session::SessionState sessionState;
    std::shared_ptr<const ProgressSnapshot> snapshot;
    uint64_t profileSerial = 0;
    session::ProfileState profileState;  // the start screen's learners and the PIN checks
    LearnerId pinAsked = 0;              // the session's pinRequired already handed to the start screen

    FontSet fonts;
    GlyphSet glyphs;  // what the atlas holds: the base set and the code points shown since
    bool fontsLoaded = false;
    float fontsBasePx = -1;
    Theme theme = makeTheme(ThemeKind::Light);
    bool styleDirty = true;
    UiSettings settings;

    ScreenRegistry screens;
    Screen screen = Screen::Learners;
    ImageCache images;
    ReaderView reader;
    StartScreenView start;
    std::unique_ptr<SearchView> search;
    CatalogueRequest catalogueRequest{2};
    GlossaryRequest glossaryRequest;
    MyNotesView myNotes;
    LinkDialog linkDialog;
    std::shared_ptr<LinkFailures> linkFailures = std::make_shared<LinkFailures>();
    NoticeView notice;
    ModuleCompleteMoment moduleMoment;
    TabRing tabs;
    certificate::CertificateJobs certificates;
    sync::SyncWorker sync;  // records to the learning record store, in the background
    sync::BundleJobs bundles;  // facilitator mode's USB stick
    CertificateOffer certificateOffer;
    ProblemsPanel problems;  // --author only
    AuthorOverlay overlay;   // --author only
    uint64_t authorSerial = 0;

    std::vector<UiEvent> events;
    bool helpOpen = false;
    bool quit = false;
    bool openTargetUsed = false;
    bool completionShown = false;
    bool completionDue = false;
    bool lastComplete = false;
    const ProgressSnapshot* lastSnapshot = nullptr;
    session::CourseOutcomes outcomes;  // the course's completed / passed statements, once each

    double now = 0;
    double wakeAt = -1;  // absolute time requested through env.wakeIn
    int settle = kSettleFrames;

    UiEnv env() {
        UiEnv e;
        e.course = course.get();
        e.progress = snapshot;
        e.scope = shownScope;
        e.fonts = &fonts;
        e.theme = &theme;
        e.now = now;
        e.tabs = &tabs;
        e.savesFailing = session.store().status().state == SaveState::Failed;
        e.rightToLeft = i18n::isRightToLeftLanguage(i18n::currentUiLanguage());
        e.submit = [this, scope = shownScope](ProgressCommand c) {
            if (!scope.valid()) return;
            session.submit(scope, std::move(c));
            if (scope == shownScope) snapshot = session.snapshot();  // show the action in this very frame
        };
        e.post = [this](UiEvent ev) { events.push_back(std::move(ev)); };
        e.reflectionShared = [this, scope = shownScope](const std::string& m, const std::string& r) {
            return profileState.sharedReflections.count({scope.courseId, m, r}) > 0;
        };
        e.shareReflection = [this, scope = shownScope](const std::string& m, const std::string& r, bool on) {
            if (scope.valid()) profiles.setReflectionShared(scope, m, r, on);
        };
        e.certificates = &certificates;
        e.sync = &sync;
        e.bundles = &bundles;
        e.wakeIn = [this](double s) {
            double at = now + std::max(0.0, s);
            wakeAt = wakeAt < 0 ? at : std::min(wakeAt, at);
        };
        return e;
    }

    void registerScreens();
    void followSession();
    void followProfiles();
    void learnerReady(const UiEnv& env);
    void leaveLearner();
    void signOut();
    void submitDueOutcomes();
    void followCourse();
    void applySettings();
    void applyContentLanguage();
    void applyLanguage();
    void saveSettings(const UiEnv& env);
    void handleShortcuts(const UiEnv& env);
    bool contextLive(ShortcutContext context, const UiEnv& env) const;
    void perform(ShortcutAction action, const UiEnv& env);
    // The store's state, counting typed text still inside its debounce as not yet saved.
    SaveStatus saveStatus() const {
        SaveStatus s = session.store().status();
        if (s.state != SaveState::Failed && reader.module() && reader.hasUnsavedEdits()) ++s.pending;
        return s;
    }
    void handleEvents(const UiEnv& env);
    void openModule(const UiEnv& env, const std::string& moduleId, const std::string& sectionId,
                    const std::string& highlight = {});
    void goCatalogue(const UiEnv& env);
    void backToReader();
    void frame();
    std::string location() const;
};

//-----------------------------------------------------------------------------
// [SECTION] Screens
//-----------------------------------------------------------------------------

void LecternUi::Impl::registerScreens() {
    auto toCatalogue = [this](const UiEnv& e) { e.post(OpenCatalogue{}); };
    screens.add(Screen::Learners, {"learners",
                                   [this](const UiEnv& e) { start.draw(e, {session, profiles, sessionState, profileState, {room.get(), course}}); },
                                   {}, {}, false});
    screens.add(Screen::Catalogue, {"catalogue",
                                    [this](const UiEnv& e) {
                                        drawCatalogue(e, catalogueRequest);
                                        if (catalogueRequest.switchLearner) {
                                            catalogueRequest.switchLearner = false;
                                            signOut();
                                        }
                                    },
                                    {}, {}, true});
    screens.add(Screen::Reader, {"reader",
                                 [this](const UiEnv& e) {
                                     const bool modal = helpOpen || linkDialog.active();
                                     reader.draw(e, !modal && !ImGui::GetIO().AppFocusLost);
                                 },
                                 [this, toCatalogue](const UiEnv& e) {
                                     // ImGui's own Esc leaves a quiz or reflection; the reader keeps the keyboard.
                                     if (reader.interactiveHasFocus()) return;
                                     if (moduleMoment.hasFocus()) {  // Esc closes the module-complete moment
                                         moduleMoment.dismiss();
                                         reader.focusContent();
                                         return;
                                     }
                                     if (reader.tocHasFocus()) reader.focusContent();
                                     else toCatalogue(e);
                                 },
                                 [this] { return reader.nextWakeSeconds(); }, true});
    auto backFromSide = [this, toCatalogue](const UiEnv& e) {
        if (reader.module()) backToReader();
        else toCatalogue(e);
    };
    screens.add(Screen::Glossary, {"glossary", [this](const UiEnv& e) { drawGlossary(e, glossaryRequest); },
                                   backFromSide, {}, true});
    screens.add(Screen::Search, {"search",
                                 [this](const UiEnv& e) {
                                     if (!search) search = std::make_unique<SearchView>(course);
                                     search->draw(e);
                                 },
                                 backFromSide, {}, true});
    screens.add(Screen::MyNotes, {"my-notes", [this](const UiEnv& e) { myNotes.draw(e); }, backFromSide, {}, true});
    screens.add(Screen::CourseComplete, {"complete", [this](const UiEnv& e) {
                                           drawCourseComplete(e, {[this](const UiEnv& env) { certificateOffer.draw(env); }});
                                       }, toCatalogue, {}, true});
}

//-----------------------------------------------------------------------------
// [SECTION] Session and course changes
//-----------------------------------------------------------------------------

// The session changed on its worker (signed in, out, the list arrived): follow it.
void LecternUi::Impl::followSession() {
    const uint64_t serial = session.serial();
    if (serial == sessionSerial) return;
    sessionState = session.state();
    sessionSerial = sessionState.serial;
    settle = kSettleFrames;
    if (sessionState.phase == SessionPhase::SignedIn) {
        if (sessionState.scope != shownScope) {
            if (shownScope.valid()) leaveLearner();
            shownScope = sessionState.scope;
            snapshot = session.snapshot();
            profiles.loadSharedReflections(shownScope);  // which of theirs they shared
            learnerReady(env());
        }
        return;
    }
    if (shownScope.valid()) leaveLearner();
    screen = Screen::Learners;
    // A learner chosen without the list (--learner, the only learner, a typed name) has a PIN:
    // the start screen asks for it.
    if (sessionState.pinRequired != pinAsked) {
        pinAsked = sessionState.pinRequired;
        if (pinAsked) start.askPin(profiles, pinAsked);
    }
}

// The profile service's state changed on its worker: the start screen's list follows it.
void LecternUi::Impl::followProfiles() {
    if (profiles.serial() == profileSerial) return;
    profileState = profiles.state();
    profileSerial = profileState.serial;
    start.takeState(profileState);
    settle = kSettleFrames;
}

// The learner on screen goes: their edits still in the debounce are saved to them (the env's
// submit carries their scope), their views closed.
void LecternUi::Impl::leaveLearner() {
    reader.close(env());
    search.reset();
    shownScope = {};
    snapshot.reset();
    screen = Screen::Learners;
    start.reset();
    settings.language.clear();  // the start screen speaks the language of --lang or the environment
    applyLanguage();
}

// A completion reached now, or before this feature (or on another machine): the writer keeps one.
void LecternUi::Impl::submitDueOutcomes() {
    if (!snapshot || !course || !shownScope.valid()) return;
    for (RecordCourseOutcome outcome : outcomes.due(*course, *snapshot)) session.submit(shownScope, outcome);
}

void LecternUi::Impl::signOut() {
    leaveLearner();
    session.signOut();
    profiles.refresh();  // the list as it is now (a new learner, a PIN just chosen)
    sessionSerial = 0;  // take in the session's new state next frame
}

// A learner is signed in: their settings, then --open, the resume point, or the catalogue.
void LecternUi::Impl::learnerReady(const UiEnv& env) {
    settings = snapshot ? UiSettings::fromJson(snapshot->settingsJson) : UiSettings{};
    applySettings();
    lastComplete = snapshot && courseProgress(*course, *snapshot).complete;
    lastSnapshot = snapshot.get();
    outcomes.reset();
    submitDueOutcomes();
    if (snapshot) moduleMoment.observe(*course, *snapshot);  // what this learner has finished already
    completionDue = completionShown = false;  // per learner
    if (!options.openTarget.empty() && !openTargetUsed) {
        openTargetUsed = true;  // only for the first learner
        OpenTarget t = parseOpenTarget(options.openTarget);
        if (course->findModule(t.moduleId)) {
            openModule(env, t.moduleId, t.sectionId);
            return;
        }
        notice.add(formatText(tr("There is no module \"%s\" in this course."), t.moduleId.c_str()));
    }
    if (snapshot && snapshot->resume && course->findModule(snapshot->resume->section.moduleId)) {
        openModule(env, snapshot->resume->section.moduleId, snapshot->resume->section.sectionId);
        return;
    }
    goCatalogue(env);
}

// A worker replaced the course: the views re-find their module, section and question by id.
// The reader keeps its place (same section, same offset in pixels within it); quizzes keep their drafts (the
// closing widgets save them, the new ones load them); progress on ids that are gone stays
// in the store, orphaned (store/read/progress_reader.h), and is shown again if the ids come back.
void LecternUi::Impl::followCourse() {
    session::CourseVersion next = courses.current();
    if (next.generation == generation || !next.course) return;
    std::shared_ptr<const Course> old = course;  // alive until every view has let go of it
    const UiEnv before = env();
    std::string moduleId;
    ReaderPlace place;
    const bool reading = reader.module() != nullptr;
    if (reading) {
        moduleId = reader.module()->meta.id;
        place = reader.place();
        // Another language: the same section at the same fraction (a translation's section is
        // longer or shorter, so the pixel offset an edit keeps would point elsewhere).
        if (old && next.course->contentLanguage != old->contentLanguage) place.offsetPx.reset();
        reader.close(before);
    }
    std::string query = search ? search->query() : std::string();
    search.reset();
    course = next.course;
    generation = next.generation;
    glyphs.request(course->title);
    snapshot = session.snapshot();
    if (!query.empty()) search = std::make_unique<SearchView>(course, query);
    settle = kSettleFrames;
    if (!reading) return;
    const UiEnv after = env();
    if (const Module* m = course->findModule(moduleId)) {
        reader.open(after, *m, place);  // the same section, the same offset within it
        reader.resumeClock(now);
    } else {
        notice.add(tr("The module you were reading is no longer in this version of the course; your progress in it is kept."));
        if (screen == Screen::Reader) goCatalogue(after);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Settings
//-----------------------------------------------------------------------------

void LecternUi::Impl::applySettings() {
    theme = makeTheme(settings.theme);
    styleDirty = true;
    applyLanguage();
    applyContentLanguage();
}

// The learner's choice of text, else the interface's language when the course is translated
// into it, else the course as written. Only a change swaps the course (it costs a rebuild).
void LecternUi::Impl::applyContentLanguage() {
    const std::string wanted = settings.contentLanguage.empty() ? i18n::currentUiLanguage() : settings.contentLanguage;
    const std::string tag = isVariantLanguageTag(wanted) ? wanted : std::string();
    if (tag != courses.contentLanguage()) courses.setContentLanguage(tag);
}

// --lang, else the learner's setting, else the environment the app started in. Without
// catalogues (a test's UI, a broken install) the interface stays English.
void LecternUi::Impl::applyLanguage() {
    const i18n::UiLanguageChoice choice =
        i18n::resolveUiLanguage(options.cliLanguage, settings.language, i18n::startupEnvironment());
    if (choice.tag == i18n::currentUiLanguage() || options.localeDir.empty()) return;
    if (!i18n::useUiLanguage(choice.tag, options.localeDir)) i18n::useUiLanguage("en", options.localeDir);
    settle = kSettleFrames;
}

void LecternUi::Impl::saveSettings(const UiEnv& env) {
    applySettings();
    env.submit(SaveSettings{settings.toJson()});
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard shortcuts
//-----------------------------------------------------------------------------

bool LecternUi::Impl::contextLive(ShortcutContext context, const UiEnv& env) const {
    (void)env;
    const bool app = screen != Screen::Learners;
    const bool inReader = app && screen == Screen::Reader;
    // The module-complete moment's buttons keep their keys as a quiz's do.
    const bool page = inReader && !ImGui::GetIO().WantTextInput && !reader.interactiveHasFocus() && !moduleMoment.hasFocus() &&
                      !problems.hasFocus();
    switch (context) {
    case ShortcutContext::Anywhere: return true;
    case ShortcutContext::App: return app;
    case ShortcutContext::Reader: return inReader;
    case ShortcutContext::ReaderPage: return page;
    case ShortcutContext::ReaderText: return page && !reader.tocHasFocus();
    case ShortcutContext::Page: return app && !inReader && !ImGui::GetIO().WantTextInput;
    }
    return false;
}

void LecternUi::Impl::handleShortcuts(const UiEnv& env) {
    // Dialogs first: the link dialog owns Enter and Esc; the F1 list closes on Esc.
    const bool dialog = linkDialog.handleKeys() || helpOpen;
    if (helpOpen && ImGui::IsKeyPressed(keys::Escape, false)) helpOpen = false;
    for (const ShortcutEntry& entry : shortcutTable()) {
        if (dialog && entry.context != ShortcutContext::Anywhere) continue;
        if (!contextLive(entry.context, env)) continue;
        for (const ShortcutBinding& b : entry.bindings)
            if (chordPressed(b.chord)) perform(b.action, env);
    }
}

static ReaderKey readerKeyFor(ShortcutAction a) {
    switch (a) {
    case ShortcutAction::PrevSection: return ReaderKey::PrevSection;
    case ShortcutAction::NextSection: return ReaderKey::NextSection;
    case ShortcutAction::PageUp: return ReaderKey::PageUp;
    case ShortcutAction::PageDown: return ReaderKey::PageDown;
    case ShortcutAction::Home: return ReaderKey::Home;
    case ShortcutAction::End: return ReaderKey::End;
    case ShortcutAction::LineUp: return ReaderKey::LineUp;
    case ShortcutAction::LineDown: return ReaderKey::LineDown;
    case ShortcutAction::FocusNext: return ReaderKey::FocusNext;
    case ShortcutAction::FocusPrev: return ReaderKey::FocusPrev;
    case ShortcutAction::ScrollLeft: return ReaderKey::ScrollLeft;
    case ShortcutAction::ScrollRight: return ReaderKey::ScrollRight;
    default: return ReaderKey::Activate;
    }
}

void LecternUi::Impl::perform(ShortcutAction action, const UiEnv& env) {
    switch (action) {
    case ShortcutAction::ToggleHelp:
        helpOpen = !helpOpen;
        settle = kSettleFrames;
        break;
    case ShortcutAction::Quit: quit = true; break;
    case ShortcutAction::ToggleProblems:
        if (options.author) problems.toggle();
        settle = kSettleFrames;
        break;
    case ShortcutAction::SignOut: signOut(); break;
    // Ctrl+S: learners press it out of habit; here it retries saves that failed.
    case ShortcutAction::RetrySave: session.store().retry(); break;
    case ShortcutAction::Search: env.post(OpenSearch{}); break;
    case ShortcutAction::Glossary: env.post(OpenGlossary{}); break;
    case ShortcutAction::MyNotes: env.post(OpenMyNotes{}); break;
    case ShortcutAction::LargerText: env.post(ChangeFontSize{+1}); break;
    case ShortcutAction::SmallerText: env.post(ChangeFontSize{-1}); break;
    case ShortcutAction::DefaultText: env.post(ChangeFontSize{0}); break;
    case ShortcutAction::NextTheme:
        env.post(ChangeTheme{settings.theme == ThemeKind::Light  ? ThemeKind::Dark
                             : settings.theme == ThemeKind::Dark ? ThemeKind::HighContrast
                                                                 : ThemeKind::Light});
        break;
    case ShortcutAction::Back:
        if (const ScreenEntry& s = screens.at(screen); s.back) s.back(env);
        break;
    case ShortcutAction::Bookmark: reader.toggleBookmark(env); break;
    case ShortcutAction::ToggleContents: reader.toggleToc(); break;
    case ShortcutAction::TabNext: tabs.request(+1); break;
    case ShortcutAction::TabPrev: tabs.request(-1); break;
    case ShortcutAction::SwitchPane:
        if (reader.tocHasFocus()) reader.focusContent();
        else reader.focusToc();
        break;
    default: reader.key(env, readerKeyFor(action)); break;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Events (navigation)
//-----------------------------------------------------------------------------

void LecternUi::Impl::openModule(const UiEnv& env, const std::string& moduleId, const std::string& sectionId,
                                 const std::string& highlight) {
    const Module* m = course->findModule(moduleId);
    if (!m) {
        notice.clear();
        notice.add(formatText(tr("There is no module \"%s\" in this course."), moduleId.c_str()));
        return;
    }
    std::string section = sectionId;
    float fraction = 0;
    // Back where the learner left off when they return to the module (or to that section).
    if (highlight.empty() && snapshot && snapshot->resume && snapshot->resume->section.moduleId == moduleId &&
        (section.empty() || section == snapshot->resume->section.sectionId)) {
        section = snapshot->resume->section.sectionId;
        fraction = std::clamp(snapshot->resume->scrollY, 0.0f, 1.0f);
    }
    if (reader.module() != m) reader.close(env);
    reader.open(env, *m, section, fraction, highlight);
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

void LecternUi::Impl::backToReader() {
    screen = Screen::Reader;
    reader.resumeClock(now);
    reader.focusContent();
}

void LecternUi::Impl::handleEvents(const UiEnv& env) {
    // Handling an event may post more: take the batch first.
    std::vector<UiEvent> batch;
    batch.swap(events);
    for (UiEvent& ev : batch) {
        settle = kSettleFrames;
        if (!shownScope.valid()) continue;  // signed out meanwhile: nothing to navigate
        if (auto* om = std::get_if<OpenModule>(&ev)) {
            openModule(env, om->moduleId, om->sectionId, om->highlight);
        } else if (std::get_if<OpenCatalogue>(&ev)) {
            goCatalogue(env);
        } else if (auto* og = std::get_if<OpenGlossary>(&ev)) {
            glossaryRequest.termId = og->termId;
            glossaryRequest.scrollPending = true;
            screen = Screen::Glossary;
        } else if (auto* cl = std::get_if<ChangeContentLanguage>(&ev)) {
            // The learner's own choice, kept: it holds whatever the interface speaks.
            const std::string chosen = cl->tag.empty() ? std::string("en") : cl->tag;
            if (chosen != settings.contentLanguage) {
                settings.contentLanguage = chosen;
                saveSettings(env);  // applyContentLanguage; followCourse() takes it in, keeping the place
            }
        } else if (std::get_if<OpenMyNotes>(&ev)) {
            myNotes.focusFirst();
            screen = Screen::MyNotes;
        } else if (std::get_if<OpenSearch>(&ev)) {
            if (!search) search = std::make_unique<SearchView>(course);
            search->focusInput();
            screen = Screen::Search;
        } else if (auto* ol = std::get_if<OpenExternalLink>(&ev)) {
            linkDialog.ask(ol->url);
        } else if (auto* cf = std::get_if<ChangeFontSize>(&ev)) {
            int steps = cf->steps == 0 ? 0 : settings.fontSteps + cf->steps;
            steps = std::clamp(steps, UiSettings::kMinFontSteps, UiSettings::kMaxFontSteps);
            if (steps != settings.fontSteps) {
                settings.fontSteps = steps;
                saveSettings(env);
            }
        } else if (auto* cl = std::get_if<ChangeLanguage>(&ev)) {
            if (cl->tag != settings.language) {
                settings.language = cl->tag;
                settings.contentLanguage.clear();  // a new interface language: the text follows it
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

void LecternUi::Impl::frame() {
    now = ImGui::GetTime();
    if (wakeAt >= 0 && now >= wakeAt) wakeAt = -1;
    if (!fontsLoaded) {
        // prepareFonts was not called (a test, or the shell's first frame): use ImGui's font.
        ImFont* f = ImGui::GetFont();
        fonts = FontSet{f, f, f, f, f, f, f, f, f->FontSize};
    }
    followProfiles();
    followSession();
    followCourse();
    if (options.author) {
        problems.follow(*options.author);
        if (options.author->serial() != authorSerial) {
            const session::AuthorState a = options.author->state();
            authorSerial = a.serial;
            overlay.setDiagnostics(a.diagnostics);
            settle = kSettleFrames;
        }
    }
    if (shownScope.valid())
        if (auto fresh = session.snapshot()) snapshot = std::move(fresh);  // else keep the last one
    if (styleDirty) {
        applyImGuiStyle(settings.theme, fonts.basePx / 18.0f);
        styleDirty = false;
    }
    UiEnv e = env();
    // An Arabic interface: a window's title and the items of a list or a combo end at the right
    // (the language can change in any frame, so this is set every frame; it costs nothing).
    ImGui::GetStyle().WindowTitleAlign.x = e.rightToLeft ? 1.0f : 0.0f;
    ImGui::GetStyle().SelectableTextAlign.x = e.rightToLeft ? 1.0f : 0.0f;

    // Course completion: shown once, when the learner next returns to the course page.
    if (snapshot && snapshot.get() != lastSnapshot) {
        lastSnapshot = snapshot.get();
        const bool complete = courseProgress(*course, *snapshot).complete;
        if (complete && !lastComplete) completionDue = true;
        lastComplete = complete;
        submitDueOutcomes();
        moduleMoment.observe(*course, *snapshot);
    }

    enterActivatesFocusedItem(keys::Enter, keys::KeypadEnter);
    handleShortcuts(e);
    e = env();  // a shortcut may have signed out or saved: draw what is true now

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("##lectern", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    // The page itself has nothing to read: a click on its background gives the keys back to the text.
    if (screen == Screen::Reader && ImGui::IsWindowFocused()) reader.focusContent();
    const ScreenEntry& current = screens.at(screen);
    TopBarResult bar = drawTopBar(e, course->title, settings.theme, current.learnerControls && shownScope.valid(), settings.language);
    if (bar.helpPressed) {
        helpOpen = true;
        settle = kSettleFrames;
    }
    ImGui::Separator();
    notice.draw(theme);
    // Finishing a module: the moment waits for the learner to leave a quiz, reflection or field.
    if (screen == Screen::Reader &&
        moduleMoment.draw(e, !reader.interactiveHasFocus() && !reader.tocHasFocus() && !ImGui::GetIO().WantTextInput))
        reader.focusContent();
    const float statusH = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("##main", ImVec2(0, -statusH), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    current.draw(e);
    ImGui::EndChild();
    ImGui::Separator();
    if (drawStatusBar(e, saveStatus(), snapshot ? snapshot->learnerName : std::string())) session.store().retry();
    ImGui::End();

    if (options.author) problems.draw(e, options.wake);
    helpOpen = drawHelp(helpOpen);
    for (std::string& url : linkFailures->take()) linkDialog.failed(std::move(url));
    linkDialog.draw(fonts, theme);
    tabs.endFrame();
    if (bar.signOutPressed) signOut();
    handleEvents(env());
    if (settle > 0) --settle;
}

std::string LecternUi::Impl::location() const {
    if (screen == Screen::Reader && reader.module()) {
        std::string s = reader.currentSectionId();
        return reader.module()->meta.id + (s.empty() ? std::string() : "#" + s);
    }
    if (screen == Screen::Learners) return start.location();
    return screens.at(screen).name;
}

//-----------------------------------------------------------------------------
// [SECTION] Public API
//-----------------------------------------------------------------------------

LecternUi::LecternUi(session::CourseHandle& course, session::LearnerSession& session, session::ProfileService& profiles,
                     UiOptions options)
    : m_impl(std::make_unique<Impl>(course, session, profiles, std::move(options))) {
    IM_ASSERT(m_impl->course && "LecternUi needs a course (an empty one is fine)");
    profiles.refresh();  // the start screen's list, loaded on the service's worker
}

LecternUi::~LecternUi() {
    // Leaving: time on task and the resume position go to the store.
    if (m_impl->reader.module()) m_impl->reader.close(m_impl->env());
}

bool LecternUi::prepareFonts(ImFontAtlas& atlas, float contentScale) {
    Impl& d = *m_impl;
    if (contentScale <= 0) contentScale = d.options.fontScale > 0 ? d.options.fontScale : 1.0f;
    const float px = bodyPixelSize(contentScale, d.settings.fontScale());
    // Rebuilt for a new size, or for code points drawn since the last build (glyph_miss_hook.cpp).
    if (d.fontsLoaded && px == d.fontsBasePx && !d.glyphs.dirty()) return false;
    setActiveGlyphSet(&d.glyphs);
    FontLoadResult r = loadFonts(atlas, px, d.options.assetsDir, &d.glyphs);
    d.glyphs.clearDirty();
    static bool warned = false;
    if (r.usedDefaultFont && !warned) {
        warned = true;
        std::fprintf(stderr, "lectern: %s\n", r.message.c_str());
        d.notice.add(r.message);
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
    if (d.settle > 0 || !d.events.empty() || d.glyphs.dirty()) consider(0);  // a glyph missing: draw again
    if (d.wakeAt >= 0) consider(std::max(0.0, d.wakeAt - d.now));
    if (const ScreenEntry& s = d.screens.at(d.screen); s.nextWakeSeconds) consider(s.nextWakeSeconds());
    return wake;
}

bool LecternUi::glyphsPending() const { return m_impl->glyphs.dirty(); }

bool LecternUi::wantsQuit() const { return m_impl->quit; }

std::optional<std::string> LecternUi::takeUrlToOpen() { return m_impl->linkDialog.takeConfirmed(); }

std::string LecternUi::currentLocation() const { return m_impl->location(); }

std::shared_ptr<LinkFailures> LecternUi::linkFailures() const { return m_impl->linkFailures; }

std::string LecternUi::windowTitle() const {
    const Impl& d = *m_impl;
    std::string title = d.course && !d.course->title.empty() ? d.course->title + " - Lectern" : "Lectern";
    if (d.screen == Screen::Reader && d.reader.module()) title = d.reader.module()->meta.title + " - " + title;
    return title;
}

float LecternUi::currentSectionFraction() const {
    return m_impl->screen == Screen::Reader ? m_impl->reader.place().fraction : 0.0f;
}

std::string LecternUi::saveStatusLine() const { return saveStatusText(m_impl->saveStatus()); }

uint64_t LecternUi::courseGeneration() const { return m_impl->generation; }

// As the reader's buttons do: the learner's choice, saved with their settings.
void LecternUi::setContentLanguage(const std::string& tag) { m_impl->events.push_back(ChangeContentLanguage{tag}); }

std::string LecternUi::contentLanguage() const { return m_impl->course ? m_impl->course->contentLanguage : std::string(); }

float LecternUi::currentSectionOffset() const {
    if (m_impl->screen != Screen::Reader) return 0;
    return m_impl->reader.place().offsetPx.value_or(0.0f);
}

std::string LecternUi::currentSectionTitle() const {
    const ReaderView& r = m_impl->reader;
    if (m_impl->screen != Screen::Reader || !r.module()) return {};
    const Section* s = r.module()->findSection(r.currentSectionId());
    return s ? s->title : std::string();
}

bool LecternUi::problemsShown() const { return m_impl->options.author && m_impl->problems.visible(); }

std::vector<std::string> LecternUi::problemRows() const {
    return m_impl->options.author ? m_impl->problems.rows() : std::vector<std::string>{};
}
uint64_t LecternUi::problemsRevision() const { return m_impl->authorSerial * 2 + (problemsShown() ? 1 : 0); }

bool LecternUi::imagesPending() const { return m_impl->images.busy(); }

bool LecternUi::waitRoomIdle(int timeoutMs) { return m_impl->room->waitIdle(timeoutMs); }

} // namespace lectern::ui
