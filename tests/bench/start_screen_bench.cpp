// Start screen bench (issue 12): the first frame of the start screen with 500 learners, and
// keystroke-to-frame while filtering them (each frame: NewFrame + LecternUi::frame + Render,
// headless, no GPU). Also the filter alone (StartScreenModel::setQuery) per keystroke.
// Prints "name value unit" lines for tools/bench; asserts nothing.
//
//   build/start_screen_bench
#include "bench_frame.h"

#include "load/course_loader.h"
#include "platform/thread_role.h"
#include "session/course_handle.h"
#include "session/learner_session.h"
#include "session/profile_service.h"
#include "store/learner_repository.h"
#include "store/progress_store.h"
#include "store/store_connection.h"
#include "ui/keys.h"
#include "ui/lectern_ui.h"
#include "ui/text_input_queue.h"
#include "ui/views/start_screen_model.h"

#include <imgui.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace lectern;

namespace {

const char* kFirst[] = {"Amina", "Chen", "Zoë", "Дмитрий", "محمد", "Ana", "Łukasz", "José", "Wei", "Olga"};
const char* kLast[] = {"Okafor", "Ångström", "Морозов", "علي", "García", "Nowak", "Li", "Ivanova", "Dubois", "Kim"};

void fillRoom(const std::string& db, int learners) {
    auto conn = store::openStoreConnection(db);
    if (!conn) {
        std::fprintf(stderr, "start_screen_bench: %s\n", conn.error().message.c_str());
        std::exit(1);
    }
    store::LearnerRepository repo(*conn);
    std::string error;
    conn->exec("BEGIN", error);
    for (int i = 0; i < learners; ++i) {
        std::string name = std::string(kFirst[i % 10]) + " " + kLast[(i / 10) % 10] + " " + std::to_string(i);
        if (!repo.create({name, "Group " + std::to_string(i / 25), ""}, 1)) std::exit(1);
    }
    conn->exec("COMMIT", error);
}

double frame(ui::LecternUi& lui) { return bench::timedFrame(lui); }

} // namespace

int main() {
    const fs::path tmp = fs::temp_directory_path() / ("lectern-start-bench-" + std::to_string(std::random_device{}()));
    fs::create_directories(tmp);
    LoadResult loaded = loadCourse(fs::path(LECTERN_SOURCE_DIR));  // the bundled course
    if (!loaded.course) {
        std::fprintf(stderr, "start_screen_bench: the bench course did not load\n");
        return 1;
    }
    StoreOpenOptions so;
    so.path = (tmp / "room.db").string();
    StoreOpenReport report;
    auto store = ProgressStore::open(so, report);
    if (!store) {
        std::fprintf(stderr, "start_screen_bench: %s\n", report.error.c_str());
        return 1;
    }
    constexpr int kLearners = 500;
    fillRoom(so.path, kLearners);

    ImGuiContext* ctx = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    io.KeyMap[ImGuiKey_Backspace] = ui::keys::Backspace;
    {
        session::CourseHandle handle(loaded.course);
        session::LearnerSession learners(*store, loaded.course->id);
        learners.start({"", ""});
        learners.waitIdle(10000);
        session::ProfileService profiles(so.path, learners);
        ui::LecternUi lui(handle, learners, profiles, {});
        profiles.waitIdle(10000);  // the list is loaded off the UI thread, as in the app
        const double first = frame(lui);  // takes the 500 learners in and draws them
        std::vector<double> idle, typing;
        for (int i = 0; i < 30; ++i) idle.push_back(frame(lui));
        const int vertices = ImGui::GetDrawData() ? ImGui::GetDrawData()->TotalVtxCount : 0;  // drawn, not skipped
        // Type "ok", take it back, "мо", take it back, ...: each keystroke, its frame.
        const std::vector<std::string> words = {"o", "k", "\b", "\b", "м", "о", "\b", "\b", "z", "o", "\b", "\b"};
        for (int round = 0; round < 20; ++round)
            for (const std::string& w : words) {
                if (w == "\b") io.KeysDown[ui::keys::Backspace] = true;
                else ui::queueTypedText(w);
                typing.push_back(frame(lui));
                io.KeysDown[ui::keys::Backspace] = false;
                frame(lui);
            }
        std::printf("start_screen_learners %d learners\n", kLearners);
        std::printf("start_screen_first_frame_ms %.2f ms\n", first);
        std::printf("start_screen_vertices %d (%s)\n", vertices, lui.currentLocation().c_str());
        std::printf("start_screen_idle_frame_p50_ms %.3f ms\n", bench::percentile(idle, 0.5));
        std::printf("start_screen_keystroke_frame_p50_ms %.3f ms\n", bench::percentile(typing, 0.5));
        std::printf("start_screen_keystroke_frame_p95_ms %.3f ms\n", bench::percentile(typing, 0.95));
        std::printf("start_screen_keystroke_frame_max_ms %.3f ms\n", bench::percentile(typing, 1.0));
    }
    ImGui::DestroyContext(ctx);

    // The filter alone, over the model the screen draws from.
    session::ProfileState state;
    {
        auto conn = store::openStoreConnection(so.path);
        auto list = store::LearnerRepository(*conn).list();
        state.profiles = *list;
        for (const auto& p : state.profiles) state.keys.push_back(session::nameKey(p.displayName()));
    }
    ui::StartScreenModel model;
    model.setProfiles(state.profiles, state.keys, true);
    std::vector<double> filter;
    for (int i = 0; i < 200; ++i) {
        const auto t0 = bench::Clock::now();
        model.setQuery(i % 2 ? "ok" : "мо");
        filter.push_back(bench::msSince(t0));
    }
    std::printf("start_screen_filter_p50_us %.1f us\n", bench::percentile(filter, 0.5) * 1000);
    std::printf("start_screen_filter_max_us %.1f us\n", bench::percentile(filter, 1.0) * 1000);
    store.reset();
    std::error_code ec;
    fs::remove_all(tmp, ec);
    return 0;
}
