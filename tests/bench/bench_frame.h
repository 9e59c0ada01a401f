// One timed UI frame for the benches that drive LecternUi headless: the font atlas is built
// before the clock starts; the frame (NewFrame + LecternUi::frame + Render) runs as on the
// UI thread (no SQLite in it).
#pragma once
#include "bench_timing.h"
#include "platform/thread_role.h"
#include "ui/lectern_ui.h"

#include <imgui.h>

namespace bench {

inline double timedFrame(lectern::ui::LecternUi& lui) {
    ImGuiIO& io = ImGui::GetIO();
    lui.prepareFonts(*io.Fonts, 1.0f);
    if (!io.Fonts->IsBuilt()) {
        unsigned char* px = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
    }
    const auto t0 = Clock::now();
    {
        lectern::UiThreadScope uiThread;
        ImGui::NewFrame();
        lui.frame();
        ImGui::Render();
    }
    return msSince(t0);
}

} // namespace bench
