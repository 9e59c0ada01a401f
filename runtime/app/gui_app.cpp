// The windowed app, from start to clean exit.
//
// Index
//   [SECTION] Settings files (imgui.ini in the XDG config folder)
//   [SECTION] Screens the shell draws itself (loading, fatal error)
//   [SECTION] runGuiApp
#include "gui_app.h"

#include "i18n/tr.h"

#include "app_window.h"
#include "event_loop.h"
#include "font_texture.h"
#include "gl_textures.h"
#include "resource_paths.h"
#include "screenshot.h"
#include "signal_watcher.h"
#include "startup_task.h"
#include "url_opener.h"

#include "i18n/gettext_catalog.h"
#include "platform/instance_lock.h"
#include "platform/json_log.h"
#include "platform/thread_role.h"
#include "platform/xdg_paths.h"
#include "session/course_handle.h"
#include "session/course_watcher.h"
#include "session/statement_context_follow.h"
#include "session/learner_session.h"
#include "session/profile_service.h"
#include "ui/lectern_ui.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

namespace lectern::app {
namespace {

using Clock = std::chrono::steady_clock;

//-----------------------------------------------------------------------------
// [SECTION] Settings files (imgui.ini in the XDG config folder)
//-----------------------------------------------------------------------------

// ImGui keeps a pointer to the ini path: it must outlive the context.
std::string g_iniPath;

void configureImGuiFiles(bool screenshotMode) {
    ImGuiIO& io = ImGui::GetIO();
    io.LogFilename = nullptr;
    io.IniFilename = nullptr;
    if (screenshotMode) return;  // a screenshot run leaves no trace in the learner's settings
    std::string error;
    if (platform::ensureDir(platform::configDir(), error)) {
        g_iniPath = (platform::configDir() / "imgui.ini").string();
        io.IniFilename = g_iniPath.c_str();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Screens the shell draws itself (loading, fatal error)
//-----------------------------------------------------------------------------

void beginFullScreenWindow(const char* name) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
}

void drawLoadingScreen(const std::string& courseDir) {
    beginFullScreenWindow("##loading");
    ImGui::SetCursorPos(ImVec2(40, 40));
    ImGui::TextUnformatted(tr("Opening the course..."));
    ImGui::SetCursorPosX(40);
    ImGui::TextDisabled("%s", courseDir.c_str());
    ImGui::End();
}

// Returns true when the learner asked to quit.
bool drawFatalScreen(const std::string& message) {
    beginFullScreenWindow("##fatal");
    ImGui::SetCursorPos(ImVec2(40, 40));
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x);
    ImGui::TextUnformatted(tr("Lectern cannot open this course."));
    ImGui::Spacing();
    ImGui::TextUnformatted(message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    bool quit = ImGui::Button(tr("Quit"));
    ImGui::End();
    return quit;
}

// `--author`: one line per problem of the course on screen.
void logDiagnostics(platform::JsonLog& log, const Diagnostics& d) {
    for (const Diagnostic& x : d.items())
        log.write("diagnostic", nlohmann::ordered_json{{"file", x.file},
                                               {"line", x.pos.line},
                                               {"col", x.pos.col},
                                               {"severity", x.severity == Severity::Error ? "error" : "warning"},
                                               {"message", x.message}}
                                    .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// `--author`: a line per reload (per changed module; null when only course files changed).
void logReload(platform::JsonLog& log, const session::CourseReload& r) {
    const std::vector<std::string>& orphaned = r.orphaned;
    std::vector<std::string> modules = r.modules;
    if (modules.empty()) modules.push_back({});
    for (const std::string& m : modules) {
        nlohmann::ordered_json j{{"module", m.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(m)},
                         {"generation", r.generation},
                         {"replaced", r.replaced},
                         {"ms", r.ms},
                         {"load_ms", r.loadMs},
                         {"errors", r.diagnostics.errorCount()},
                         {"warnings", r.diagnostics.warningCount()}};
        if (!orphaned.empty()) j["orphaned"] = orphaned;
        log.write("course_reloaded", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
    logDiagnostics(log, r.diagnostics);
}

std::string summariseDiagnostics(const Diagnostics& d) {
    if (!d.hasErrors()) return {};
    const int n = static_cast<int>(d.errorCount());
    return formatText(trn("This course has %d problem; some parts may be missing. An author can list them with: "
                          "lectern check",
                          "This course has %d problems; some parts may be missing. An author can list them with: "
                          "lectern check",
                          n),
                      n);
}

// A second start on a progress file already open: the first window comes forward (SIGUSR1,
// signal_watcher.h) and this process says so and exits.
int reportAlreadyOpen(const platform::InstanceLock& lock, const std::string& dbPath, platform::JsonLog& log) {
    const pid_t holder = lock.holderPid();
    const bool raised = holder > 0 && kill(holder, SIGUSR1) == 0;
    log.write("already_open", nlohmann::json{{"db", dbPath}, {"pid", holder}, {"raised", raised}}.dump());
    std::fprintf(stderr,
                 "lectern: Lectern is already open on the progress file %s%s. %s One window per progress file "
                 "keeps one window's saves from replacing the other's; to study as someone else, sign out in "
                 "that window (Ctrl+L).\n",
                 dbPath.c_str(), holder > 0 ? (" (process " + std::to_string(holder) + ")").c_str() : "",
                 raised ? "Its window has been brought to the front." : "Switch to its window, or close it first.");
    return raised ? 0 : 1;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] runGuiApp
//-----------------------------------------------------------------------------

int runGuiApp(const AppOptions& options) {
    const auto processStart = Clock::now();
    auto sinceStart = [processStart] { return std::chrono::duration<double, std::milli>(Clock::now() - processStart).count(); };
    const bool screenshotMode = !options.screenshotPath.empty();

    platform::JsonLog log;
    std::string error;
    if (!log.open(options.logTarget, error)) {
        std::fprintf(stderr, "lectern: %s\n", error.c_str());
        return 2;
    }
    // Where the time to the first frame goes (tools/startup-bench prints it beside a bare window).
    bool phasesLogged = false;
    auto logPhase = [&](const char* phase) {
        if (!phasesLogged) log.write("startup_phase", nlohmann::json{{"phase", phase}, {"at_ms", sinceStart()}}.dump());
    };
    const std::string courseDir = options.courseDir.empty() ? bundledCourseDir() : options.courseDir;
    // A mistyped --course is a usage error, said before any window opens.
    if (std::error_code ec; !std::filesystem::is_directory(courseDir, ec)) {
        std::fprintf(stderr,
                     "lectern: there is no course folder at %s. Pass --course DIR with a folder that holds "
                     "modules/ (and content/), or leave --course out to open the bundled course.\n",
                     courseDir.c_str());
        return 2;
    }
    const std::string dbPath = options.dbPath.empty() ? platform::defaultDatabasePath().string() : options.dbPath;
    // One window per progress file, decided before any window opens (disk, so before the UI
    // thread begins): a second start brings the first window forward and exits.
    platform::InstanceLock instanceLock;
    switch (instanceLock.acquire(dbPath)) {
    case platform::InstanceLock::Outcome::Acquired: break;
    case platform::InstanceLock::Outcome::HeldByOther: return reportAlreadyOpen(instanceLock, dbPath, log);
    case platform::InstanceLock::Outcome::Unavailable:
        log.write("warning", nlohmann::json{{"message", "no window lock beside the progress file: " + instanceLock.error()}}.dump());
        break;
    }
    // From here the main thread is the UI thread: it never touches SQLite (a debug build aborts).
    markUiThread();
    log.write("start", nlohmann::json{{"version", LECTERN_VERSION}, {"course", courseDir}, {"db", dbPath}}.dump());
    // The interface language until a learner's setting says otherwise (LecternUi::applyLanguage).
    const i18n::UiLanguageChoice language = i18n::resolveUiLanguage(options.language, "", i18n::startupEnvironment());
    if (!language.warning.empty()) std::fprintf(stderr, "lectern: %s\n", language.warning.c_str());
    std::string languageError;
    if (!i18n::useUiLanguage(language.tag, localeDir(), &languageError)) {
        log.write("warning", nlohmann::json{{"message", "interface in English: " + languageError}}.dump());
        i18n::useUiLanguage("en", localeDir());
    }
    // "sample": one word looked up, so a log shows the catalogue really answers.
    log.write("ui_language", nlohmann::json{{"tag", i18n::currentUiLanguage()}, {"from", language.from},
                                            {"sample", tr("Sign out")}}.dump());

    // Loading starts before the window exists: parsing overlaps window and GL set-up.
    StartupRequest request;
    request.courseDir = courseDir;
    request.store.path = dbPath;
    request.store.log = [&log](const std::string& line) { log.writeLine(line); };
    StartupTask startup(std::move(request), [] { glfwPostEmptyEvent(); });

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    // Declared before the window so it is destroyed after it: the backends shut down first.
    struct ContextGuard {
        ~ContextGuard() { ImGui::DestroyContext(); }
    } contextGuard;
    configureImGuiFiles(screenshotMode);
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;

    AppWindow window;
    WindowRequest windowRequest;
    windowRequest.width = options.width;
    windowRequest.height = options.height;
    if (!window.create(windowRequest, error)) {
        std::fprintf(stderr, "lectern: %s\n", error.c_str());
        log.write("error", nlohmann::json{{"message", error}}.dump());
        return 1;
    }

    logPhase("window");
    window.setIcon(assetsDir() + "/icons");
    // The backend's shaders now, with the font texture of ImGui's small built-in font for the
    // loading screen: made lazily by its first NewFrame, they would come after our atlas and
    // upload it a second time, as RGBA32.
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    logPhase("gl_objects");

    GlTextures textures;  // after the window: freed while the GL context still exists
    FontTexture fontTexture;  // the same
    std::unique_ptr<ui::LecternUi> ui;
    std::unique_ptr<ProgressStore> store;
    std::unique_ptr<session::CourseHandle> course;
    std::unique_ptr<session::CourseWatcher> watcher;  // --author; after `course`: goes before it
    std::unique_ptr<session::LearnerSession> learners;
    std::unique_ptr<session::ProfileService> profiles;
    std::string fatal;
    bool firstFrameLogged = false, readyLogged = false, closeDeferred = false;
    int settleFrames = 0;
    int exitCode = 0;

    auto becomeReady = [&] {
        StartupResult& r = startup.result();
        log.write("course_loaded", nlohmann::json{{"seconds", r.seconds},
                                                  {"errors", r.diagnostics.errorCount()},
                                                  {"warnings", r.diagnostics.warningCount()}}.dump());
        if (!r.fatalError.empty()) {
            fatal = r.fatalError;
            log.write("error", nlohmann::json{{"message", fatal}}.dump());
            return;
        }
        store = std::move(r.store);
        store->setOnChange([] { glfwPostEmptyEvent(); });
        course = std::make_unique<session::CourseHandle>(r.course);
        session::followCourseForStatements(*course, *store);  // declared before course: outlives it
        if (options.author) {
            // Live reload: the watcher's thread loads the course again after each save and swaps it in.
            session::CourseWatcher::Options w;
            w.courseDir = courseDir;
            w.initial = r.diagnostics;
            w.wake = [] { glfwPostEmptyEvent(); };
            w.onReload = [&log](const session::CourseReload& reload) { logReload(log, reload); };
            watcher = std::make_unique<session::CourseWatcher>(*course, std::move(w));
            logDiagnostics(log, r.diagnostics);
            if (const std::string e = watcher->state().watchError; !e.empty())
                log.write("warning", nlohmann::json{{"message", e}}.dump());
        }
        learners = std::make_unique<session::LearnerSession>(*store, r.course->id, [] { glfwPostEmptyEvent(); });
        // The start screen's list and every PIN check, on the profile service's worker.
        profiles = std::make_unique<session::ProfileService>(store->path(), *learners, [] { glfwPostEmptyEvent(); });
        // Who is studying: --learner, else the only profile, else a new one named after the
        // system user, else the learner list; decided by the session on its worker. A learner
        // with a PIN is never opened without it: the start screen asks for it.
        const char* user = std::getenv("USER");
        learners->start({options.learner, (user && *user) ? user : "Learner"});
        ui::UiOptions uiOptions;
        uiOptions.openTarget = options.openTarget;
        uiOptions.assetsDir = assetsDir();
        uiOptions.cliLanguage = options.language;
        uiOptions.localeDir = localeDir();
        uiOptions.fontScale = window.contentScale();
        std::string notice = summariseDiagnostics(r.diagnostics);
        for (const std::string& n : r.storeReport.notices) notice += (notice.empty() ? "" : "\n") + n;
        uiOptions.startupNotice = notice;
        uiOptions.uploadTexture = [&textures](const unsigned char* rgba, int w, int h) {
            return textures.upload(rgba, w, h);
        };
        uiOptions.wake = [] { glfwPostEmptyEvent(); };
        uiOptions.author = watcher.get();
        ui = std::make_unique<ui::LecternUi>(*course, *learners, *profiles, uiOptions);
        window.setTitle("Lectern - " + r.course->title);
    };

    // SIGTERM / SIGINT close the window like the close button: saves are flushed first.
    std::atomic<bool> raiseRequested{false};
    SignalWatcher signals(
        [&window] {
            glfwSetWindowShouldClose(window.handle(), GLFW_TRUE);
            glfwPostEmptyEvent();
        },
        [&raiseRequested] {
            raiseRequested = true;
            glfwPostEmptyEvent();
        });

    std::string lastLocation, lastTitle;
    uint64_t lastGeneration = 0;
    std::string lastProblems = "?";
    uint64_t lastProblemsRevision = UINT64_MAX;
    FrameCallbacks callbacks;
    callbacks.beforeNewFrame = [&] {
        if (raiseRequested.exchange(false)) {
            window.bringToFront();
            log.write("brought_to_front", "{}");
        }
        if (!ui && fatal.empty() && startup.done()) {
            becomeReady();
            logPhase("ui_made");
        }
        if (ui && ui->prepareFonts(*ImGui::GetIO().Fonts, window.contentScale())) {
            logPhase("fonts_built");
            // The backend's texture (the loading screen's font) goes; ours, one channel, is used.
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            const bool uploaded = fontTexture.upload(*ImGui::GetIO().Fonts);
            // Each build (a new size, or glyphs shown for the first time): what it costs the GPU.
            log.write("font_atlas", nlohmann::json{{"width", fontTexture.width()}, {"height", fontTexture.height()},
                                                   {"uploaded", uploaded}, {"swizzle", fontTexture.swizzled()}}.dump());
        }
        // Closing with unsaved work: keep the window once so the learner sees the failed save
        // and its Retry button; a second close (or a signal) quits.
        if (window.shouldClose() && ui) ui->flushEdits();
        if (window.shouldClose() && store && !closeDeferred && !signals.received() && !store->flush(3000)) {
            closeDeferred = true;
            glfwSetWindowShouldClose(window.handle(), GLFW_FALSE);
        }
        return true;
    };
    callbacks.draw = [&] {
        if (!fatal.empty()) {
            if (drawFatalScreen(fatal)) glfwSetWindowShouldClose(window.handle(), GLFW_TRUE);
        } else if (!ui) {
            drawLoadingScreen(courseDir);
        } else {
            ui->frame();
            // Where the learner is, for logs and end-to-end tests ("catalogue", "module#section").
            if (std::string where = ui->currentLocation(); where != lastLocation) {
                lastLocation = where;
                log.write("view", nlohmann::json{{"location", where}}.dump());
            }
            // Ctrl+Q (the UI's shortcut table) quits, as in every desktop program.
            if (ui->wantsQuit()) glfwSetWindowShouldClose(window.handle(), GLFW_TRUE);
            if (auto url = ui->takeUrlToOpen()) {
                std::string urlError;
                auto failures = ui->linkFailures();  // the browser failing later: offer the link to copy
                if (!openConfirmedLink(*url, courseDir, urlError, [failures, u = *url] { failures->report(u); glfwPostEmptyEvent(); })) {
                    log.write("error", nlohmann::json{{"message", urlError}}.dump());
                    failures->report(*url);
                }
            }
            if (std::string title = ui->windowTitle(); title != lastTitle) window.setTitle(lastTitle = title);
            if (options.author) {
                // What a reload put on screen: the generation drawn, where the reader is in it.
                if (const uint64_t g = ui->courseGeneration(); g != lastGeneration) {
                    if (lastGeneration != 0)
                        log.write("course_shown", nlohmann::ordered_json{{"generation", g},
                                                                 {"location", ui->currentLocation()},
                                                                 {"section_title", ui->currentSectionTitle()},
                                                                 {"offset_px", ui->currentSectionOffset()}}
                                                      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
                    lastGeneration = g;
                }
                if (const uint64_t revision = ui->problemsRevision(); revision != lastProblemsRevision) {
                    lastProblemsRevision = revision;
                    const bool shown = ui->problemsShown();
                    const nlohmann::ordered_json panel{{"shown", shown}, {"rows", shown ? ui->problemRows() : std::vector<std::string>{}}};
                    if (std::string now = panel.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); now != lastProblems) {
                        log.write("problems_panel", now);
                        lastProblems = std::move(now);
                    }
                }
            }
        }
    };
    callbacks.nextWakeSeconds = [&]() -> double {
        if (!ui && fatal.empty()) return -1.0;  // the start-up task wakes us
        if (screenshotMode) return 0.0;         // a screenshot run never waits for input
        return ui ? ui->nextWakeSeconds() : -1.0;
    };
    // The course's first screen is shown whole: a frame that found glyphs the atlas lacks (the
    // Chinese or Arabic interface at start-up) is drawn again after the rebuild, not shown with
    // holes; a few times at most, so text that keeps asking can never hold the window blank.
    bool uiPresented = false;
    int framesHeld = 0;
    callbacks.present = [&] {
        if (!ui || uiPresented || framesHeld >= 3 || !ui->glyphsPending()) return true;
        ++framesHeld;
        return false;
    };
    callbacks.afterRender = [&] {
        if (ui) uiPresented = true;
        if (!firstFrameLogged) {
            firstFrameLogged = true;
            logPhase("first_frame");
            phasesLogged = true;
            log.write("first_frame", nlohmann::json{{"latency_ms", sinceStart()}}.dump());
        }
        if ((ui || !fatal.empty()) && !readyLogged) {
            readyLogged = true;
            log.write("course_ready", nlohmann::json{{"latency_ms", sinceStart()}}.dump());
        }
        if (!screenshotMode || !(ui || !fatal.empty())) return true;
        // Wait for the session to decide who is studying (its worker is quick, frames are quicker).
        if (learners && learners->state().phase != session::SessionPhase::ChoosingLearner &&
            learners->state().phase != session::SessionPhase::SignedIn)
            return true;
        // Let the layout settle (fonts, cached text layout, scroll restore) and the images on
        // screen decode (for at most 10 s) before capturing.
        if (++settleFrames < 8) return true;
        if (ui && ui->imagesPending() && Clock::now() - processStart < std::chrono::seconds(10)) {
            settleFrames = 6;  // then two more frames: one uploads the pixels, one draws them
            return true;
        }
        int w = 0, h = 0;
        window.framebufferSize(w, h);
        std::string shotError;
        if (!writeFramebufferPng(options.screenshotPath, w, h, shotError)) {
            std::fprintf(stderr, "lectern: %s\n", shotError.c_str());
            exitCode = 1;
        } else {
            log.write("screenshot", nlohmann::json{{"file", options.screenshotPath}, {"width", w}, {"height", h}}.dump());
            if (!fatal.empty()) exitCode = 1;
        }
        return false;
    };

    EventLoop loop(window);
    loop.run(callbacks);

    // The UI goes first: destroying it hands pending edits (a reflection still inside its
    // debounce, a note) to the store, which then flushes everything.
    ui.reset();
    watcher.reset();   // stops the live reload before the course handle goes
    profiles.reset();  // finishes a PIN check in progress (it may sign in)
    learners.reset();  // finishes a sign-in in progress
    if (store && !store->flush(5000)) {
        SaveStatus s = store->status();
        std::fprintf(stderr, "lectern: %zu change(s) could not be saved: %s\n", s.pending, s.lastError.c_str());
        log.write("error", nlohmann::json{{"message", "unsaved changes at exit"}, {"pending", s.pending}}.dump());
        exitCode = exitCode ? exitCode : 3;
    }
    if (!screenshotMode) window.rememberGeometry();
    log.write("exit", nlohmann::json{{"frames", loop.framesDrawn()}, {"code", exitCode}}.dump());
    // The window is gone: closing the database here keeps no learner waiting.
    markUiThread(false);
    store.reset();
    return exitCode;
}

} // namespace lectern::app
