// LecternUi: the whole learner interface, drawn into the current ImGui frame.
// The app shell (runtime/app) owns the window and the main loop and calls, per frame:
//   ui.prepareFonts(atlas, scale)  -> rebuild the GL font texture when it returns true
//   ImGui::NewFrame(); ui.frame(); ImGui::Render();
//   then sleeps for ui.nextWakeSeconds() (or until input) instead of redrawing forever.
// It holds the app state (which view, which module, widget states) and turns UiEvents into
// navigation. It never touches GLFW, OpenGL or SQLite, so tests drive it headless.
#pragma once
#include "course/document.h"
#include "store/progress_store.h"
#include "ui/ui_env.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

struct ImFontAtlas;

namespace lectern::ui {

struct UiOptions {
    std::string openTarget;   // --open MODULE[#SECTION]; empty = resume or catalogue
    std::string assetsDir;    // fonts and icons (falls back to Debian's font folders)
    float fontScale = 1.0f;   // monitor content scale (HiDPI)
    std::string startupNotice;// e.g. store recovery messages, shown once
    // --learner NAME when the shell has not selected one: ensureLearner + selectLearner.
    std::string learnerName;
    // Uploads an RGBA image as a GPU texture and returns its ImTextureID; filled by the shell
    // (lectern_ui never calls OpenGL). Null: images show their alt text.
    std::function<void*(const unsigned char* rgba, int w, int h)> uploadTexture;
    // Wakes the shell's event loop from another thread (the image decoder's, when pixels are
    // ready to upload); the shell passes glfwPostEmptyEvent.
    std::function<void()> wake;
};

class LecternUi {
public:
    LecternUi(std::shared_ptr<const Course> course, ProgressStore& store, UiOptions options);
    ~LecternUi();

    // (Re)builds the font atlas when the scale or the learner's font size changed.
    // Returns true when the atlas changed and the renderer must re-upload its texture.
    bool prepareFonts(ImFontAtlas& atlas, float contentScale);

    // Draws one frame. Call between ImGui::NewFrame() and ImGui::Render().
    void frame();

    // Seconds until the UI needs another frame with no input (a debounce, a read timer,
    // an animation); a negative value means "only on input".
    double nextWakeSeconds() const;

    bool wantsQuit() const;
    // Hands typed text still waiting for its debounce to the store (before the shell flushes
    // the store on close, so "All changes saved" really covers everything).
    void flushEdits();
    // An external URL the learner confirmed; the shell opens it in the system browser.
    std::optional<std::string> takeUrlToOpen();

    // For the shell's window title and tests.
    std::string currentLocation() const;  // "catalogue", "module-id#section-id", "search"...
    // The save state as the status bar shows it: "All changes saved", "Saving…" or
    // "Could not save: ..." (for the shell's logs and tests).
    std::string saveStatusLine() const;
    // True while images are being decoded for the reader (a screenshot waits for them).
    bool imagesPending() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace lectern::ui
