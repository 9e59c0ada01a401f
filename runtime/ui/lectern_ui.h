// LecternUi: the whole learner interface, drawn into the current ImGui frame.
// The app shell (runtime/app) owns the window and the main loop and calls, per frame:
//   ui.prepareFonts(atlas, scale)  -> rebuild the GL font texture when it returns true
//   ImGui::NewFrame(); ui.frame(); ImGui::Render();
//   then sleeps for ui.nextWakeSeconds() (or until input) instead of redrawing forever.
// It draws the course of a CourseHandle (swapped by a worker: the views re-find their place
// by id) for the learner of a LearnerSession (signing in and out runs on the session's
// worker). It never touches GLFW, OpenGL or SQLite, so tests drive it headless.
#pragma once
#include "session/course_handle.h"
#include "session/course_watcher.h"
#include "session/learner_session.h"
#include "session/profile_service.h"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

struct ImFontAtlas;

namespace lectern::ui {

struct UiOptions {
    std::string openTarget;   // --open MODULE[#SECTION]; empty = resume or catalogue
    std::string assetsDir;    // fonts and icons (falls back to Debian's font folders)
    float fontScale = 1.0f;   // monitor content scale (HiDPI)
    std::string startupNotice;// e.g. store recovery messages, shown once
    // Interface language (i18n/ui_language.h): --lang (empty: not given) wins over the
    // learner's setting, which wins over the environment; catalogues under localeDir.
    std::string cliLanguage;
    std::string localeDir;
    // Uploads an RGBA image as a GPU texture and returns its ImTextureID; filled by the shell
    // (lectern_ui never calls OpenGL). Null: images show their alt text.
    std::function<void*(const unsigned char* rgba, int w, int h)> uploadTexture;
    // Wakes the shell's event loop from another thread (the image decoder's, when pixels are
    // ready to upload); the shell passes glfwPostEmptyEvent.
    std::function<void()> wake;
    // `lectern --author`: the live reload's watcher (outlives the UI). Set: the problems panel
    // (F8) and the author's overlay beside the text. Null: the learner's app.
    const session::CourseWatcher* author = nullptr;
};

// Links the browser could not open, reported by the shell from any thread (the opener's
// reaper sees xdg-open fail after the frame); the UI's next frame offers each link to copy.
class LinkFailures {
public:
    void report(std::string url) {
        std::lock_guard lock(m_mutex);
        m_urls.push_back(std::move(url));
    }
    std::vector<std::string> take() {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_urls, {});
    }

private:
    std::mutex m_mutex;
    std::vector<std::string> m_urls;
};

class LecternUi {
public:
    // All three must outlive the UI. The session decides who is studying (LearnerSession::start):
    // the UI shows the start screen until someone is signed in; the profile service (on the
    // session's database) lists the learners and checks PINs off the UI thread.
    LecternUi(session::CourseHandle& course, session::LearnerSession& session, session::ProfileService& profiles,
              UiOptions options);
    ~LecternUi();

    // (Re)builds the font atlas when the scale or the learner's font size changed.
    // Returns true when the atlas changed and the renderer must re-upload its texture.
    bool prepareFonts(ImFontAtlas& atlas, float contentScale);

    // Draws one frame. Call between ImGui::NewFrame() and ImGui::Render().
    void frame();

    // Seconds until the UI needs another frame with no input (a debounce, a read timer,
    // an animation); a negative value means "only on input".
    // Glyphs drawn this frame that the atlas lacks: the next prepareFonts rebuilds it.
    bool glyphsPending() const;
    double nextWakeSeconds() const;

    // Ctrl+Q (or a future Quit button).
    bool wantsQuit() const;
    // Hands typed text still waiting for its debounce to the store (before the shell flushes
    // the store on close, so "All changes saved" really covers everything).
    void flushEdits();
    // An external URL the learner confirmed; the shell opens it in the system browser.
    std::optional<std::string> takeUrlToOpen();
    // Where the shell reports that the browser failed to open such a URL (keep the pointer in
    // the opener's thread: it outlives the UI if it must).
    std::shared_ptr<LinkFailures> linkFailures() const;
    // The window's title: the module being read, then the course ("Module - Course - Lectern").
    std::string windowTitle() const;

    // For the shell's window title and tests.
    // "catalogue", "module-id#section-id", "search", "learners", "pin", "facilitator"...
    std::string currentLocation() const;
    // How far into the current section the reader's view is (0..1; 0 off the reader).
    float currentSectionFraction() const;
    // The save state as the status bar shows it: "All changes saved", "Saving…" or
    // "Could not save: ..." (for the shell's logs and tests).
    std::string saveStatusLine() const;
    // The course generation the views are drawing (tests: a swap has been taken in).
    uint64_t courseGeneration() const;
    // The language of the course's text (issue 16): a tag of variantLanguageTags()
    // (course/document.h), or empty for each module's own language. Switching keeps the
    // reader's place (same section, same fraction of it), as a reload does; a module without
    // that translation shows its base text. Takes effect at the next frame and is saved as the
    // learner's choice, as the reader's buttons do (without one, the text follows the interface
    // language when the course has it). contentLanguage(): the language of the course drawn.
    void setContentLanguage(const std::string& tag);
    std::string contentLanguage() const;
    // How far below the current section's top the reader's view is, in pixels, and that
    // section's title (the log of `--author`: the place kept across a reload).
    float currentSectionOffset() const;
    std::string currentSectionTitle() const;
    // The author's problems panel: shown or not, and its rows as drawn (empty without --author).
    bool problemsShown() const;
    std::vector<std::string> problemRows() const;
    // Changes whenever problemsShown() or problemRows() may have: the shell compares it instead
    // of rebuilding the rows every frame.
    uint64_t problemsRevision() const;
    // True while images are being decoded for the reader (a screenshot waits for them).
    bool imagesPending() const;
    // Blocks until the dashboard's room service has done what was asked (tests only).
    bool waitRoomIdle(int timeoutMs);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace lectern::ui
