// Dashboard bench (issue 13): facilitator mode's dashboard over 1,000 learners and the bundled
// course's 3 modules. From F3 to the first frame that shows the table (the room service reads
// the file and computes the figures on its worker, the UI thread only draws), the worker's
// load alone, then the frame time: idle frames, and frames that move the chosen row by Page
// Down and re-sort (each frame: NewFrame + LecternUi::frame + Render, headless, no GPU).
// Prints "name value unit" lines for tools/bench; asserts nothing.
//
//   build/dashboard_bench [--learners N]
#include "bench_frame.h"

#include "load/course_loader.h"
#include "session/course_handle.h"
#include "session/learner_session.h"
#include "session/pin.h"
#include "session/profile_service.h"
#include "store/learner_repository.h"
#include "store/progress_store.h"
#include "store/store_connection.h"
#include "ui/keys.h"
#include "ui/text_input_queue.h"

#include <imgui.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using namespace lectern;

namespace {

// Learners with profiles, enrolled, with sections read, time and an attempt or two at each quiz.
void fillRoom(const std::string& db, const Course& course, int learners) {
    auto conn = store::openStoreConnection(db);
    if (!conn) std::exit(1);
    store::LearnerRepository repo(*conn);
    std::string error;
    conn->exec("PRAGMA foreign_keys=OFF; BEGIN", error);
    std::mt19937 rng(13);
    int64_t seq = 0;
    for (int i = 0; i < learners; ++i) {
        auto id = repo.create({"Learner " + std::to_string(i), "Group " + std::to_string(i % 12), ""}, 1);
        if (!id) std::exit(1);
        const std::string lid = std::to_string(*id);
        std::string sql = "INSERT INTO enrolments VALUES (" + lid + ", '" + course.id + "', 1, " +
                          std::to_string(1700000000000 + i) + ");";
        for (const auto& m : course.modules) {
            const int progress = int(rng() % 4);  // 0 nothing, 1 some, 2 most, 3 all
            for (size_t s = 0; s < m->sections.size(); ++s) {
                if (progress == 0 || (progress < 3 && s * 3 >= m->sections.size() * size_t(progress))) continue;
                sql += "INSERT INTO section_progress VALUES (" + lid + ", '" + course.id + "', '" + m->meta.id + "', '" +
                       m->sections[s].id + "', 1700000000000, " + std::to_string(30 + rng() % 300) + ", 1, " +
                       std::to_string(-(++seq)) + ");";
            }
            if (progress < 2) continue;
            for (const Quiz& q : m->quizzes)
                for (int a = 1; a <= 1 + int(rng() % 2); ++a) {
                    const double max = double(q.questions.size()), score = double(rng() % (q.questions.size() + 1));
                    sql += "INSERT INTO quiz_attempts VALUES (" + lid + ", '" + course.id + "', '" + m->meta.id + "', '" +
                           q.id + "', " + std::to_string(a) + ", '{}', " + std::to_string(score) + ", " +
                           std::to_string(max) + ", " + (score / max >= q.passPercent / 100 ? "1" : "0") +
                           ", 1700000000000, " + std::to_string(-(++seq)) + ");";
                }
        }
        if (conn->exec(sql, error) != 0) {
            std::fprintf(stderr, "dashboard_bench: %s\n", error.c_str());
            std::exit(1);
        }
    }
    conn->exec("COMMIT", error);
}

void press(ui::LecternUi& lui, int key, std::vector<double>* times = nullptr) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[key] = true;
    double t = bench::timedFrame(lui);
    if (times) times->push_back(t);
    io.KeysDown[key] = false;
    bench::timedFrame(lui);
}

} // namespace

int main(int argc, char** argv) {
    int learners = 1000;
    for (int i = 1; i + 1 < argc; i += 2)
        if (std::string(argv[i]) == "--learners") learners = std::stoi(argv[i + 1]);
    const fs::path tmp = fs::temp_directory_path() / ("lectern-dashboard-bench-" + std::to_string(std::random_device{}()));
    fs::create_directories(tmp);
    LoadResult loaded = loadCourse(fs::path(LECTERN_SOURCE_DIR));  // the bundled course: 3 modules
    if (!loaded.course) return 1;
    StoreOpenOptions so;
    so.path = (tmp / "room.db").string();
    StoreOpenReport report;
    auto store = ProgressStore::open(so, report);
    if (!store) return 1;
    fillRoom(so.path, *loaded.course, learners);

    ImGuiContext* ctx = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1600, 1000);
    io.DeltaTime = 1.0f / 60.0f;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    {
        session::CourseHandle handle(loaded.course);
        session::LearnerSession session(*store, loaded.course->id);
        session.start({"", ""});
        session.waitIdle(10000);
        session::ProfileService profiles(so.path, session);
        ui::LecternUi lui(handle, session, profiles, {});
        profiles.waitIdle(10000);
        bench::timedFrame(lui);
        press(lui, ui::keys::function(2));  // facilitator mode: a new PIN, twice
        profiles.waitIdle(10000);
        for (int twice = 0; twice < 2; ++twice) {
            ui::queueTypedText("9753");
            bench::timedFrame(lui);
            press(lui, ui::keys::Enter);
            profiles.waitIdle(20000);
            bench::timedFrame(lui);
        }
        bench::timedFrame(lui);
        if (lui.currentLocation() != "facilitator") {
            std::fprintf(stderr, "dashboard_bench: facilitator mode did not open (%s)\n", lui.currentLocation().c_str());
            return 1;
        }
        // F3: the dashboard. The room is read on the service's worker; frames go on meanwhile.
        const auto opened = bench::Clock::now();
        std::vector<double> waiting;
        io.KeysDown[ui::keys::function(3)] = true;
        waiting.push_back(bench::timedFrame(lui));
        io.KeysDown[ui::keys::function(3)] = false;
        double firstTable = 0;
        for (int i = 0; i < 100000; ++i) {
            const bool ready = lui.waitRoomIdle(0);  // the figures are in before this frame: it takes them
            const double t = bench::timedFrame(lui);
            if (ready) {
                firstTable = t;
                break;
            }
            waiting.push_back(t);
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        const double openMs = bench::msSince(opened);
        std::vector<double> idle, paging, sorting;
        for (int i = 0; i < 60; ++i) idle.push_back(bench::timedFrame(lui));
        const int vertices = ImGui::GetDrawData() ? ImGui::GetDrawData()->TotalVtxCount : 0;
        for (int i = 0; i < 40; ++i) press(lui, ui::keys::PageDown, &paging);
        for (int i = 0; i < 6; ++i) press(lui, ui::keys::Right);
        for (int i = 0; i < 20; ++i) press(lui, ui::keys::letter('S'), &sorting);
        std::printf("dashboard_learners %d learners x %zu modules\n", learners, loaded.course->modules.size());
        std::printf("dashboard_open_to_table_ms %.1f ms\n", openMs);
        std::printf("dashboard_frame_while_reading_max_ms %.2f ms\n", bench::percentile(waiting, 1.0));
        std::printf("dashboard_first_table_frame_ms %.2f ms\n", firstTable);
        std::printf("dashboard_idle_frame_p50_ms %.3f ms\n", bench::percentile(idle, 0.5));
        std::printf("dashboard_vertices %d (%s)\n", vertices, lui.currentLocation().c_str());
        std::printf("dashboard_page_down_frame_p50_ms %.3f ms\n", bench::percentile(paging, 0.5));
        std::printf("dashboard_page_down_frame_max_ms %.3f ms\n", bench::percentile(paging, 1.0));
        std::printf("dashboard_sort_frame_p50_ms %.3f ms\n", bench::percentile(sorting, 0.5));
        std::printf("dashboard_sort_frame_max_ms %.3f ms\n", bench::percentile(sorting, 1.0));
    }
    ImGui::DestroyContext(ctx);
    store.reset();
    std::error_code ec;
    fs::remove_all(tmp, ec);
    return 0;
}
