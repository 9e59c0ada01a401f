// FacilitatorRecordsPanel: "Records" in facilitator mode: where this machine's learning
// records go. The learning record store's state from the background sync
// (sync/sync_worker.h): "312 records waiting, last sent 14:02, LRS unreachable since 13:40",
// the counts, the statements the LRS refused (with their ids, for the LRS's administrator),
// and "Send now". Without an LRS configured it says how to configure one. Below, the USB
// stick for rooms no network reaches: export this computer's progress to a folder, import every
// bundle in it (sync/bundle_jobs.h).
#pragma once
#include "ui/ui_env.h"
#include "ui/widgets/folder_field.h"

#include <string>

namespace lectern::ui {

class FacilitatorRecordsPanel {
public:
    void draw(const UiEnv& env);

private:
    void drawLrsStatus(const UiEnv& env);  // the outbox, the LRS, Send now
    void drawUsb(const UiEnv& env);
    std::string m_folder;  // empty: the default is filled in
    FolderField m_folderField;
    int m_seenFinished = -1;
};

} // namespace lectern::ui
