#include "ui/widgets/folder_field.h"

#include "i18n/tr.h"
#include "ui/widgets/control_row.h"

#include <imgui.h>

namespace lectern::ui {

void FolderField::draw(const UiEnv& env, std::string& folder, float width) {
    const char* label = tr("Folder");
    ControlRow row(env.rightToLeft, width + ImGui::GetStyle().ItemSpacing.x + textWidth(label));
    auto drawLabel = [&] {
        row.next(textWidth(label));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(label);
    };
    if (env.rightToLeft) drawLabel();  // read first, from the right
    row.next(width);
    ImGui::SetNextItemWidth(width);
    TextEditorOptions field;
    field.singleLine = true;
    m_box.draw("##folder", folder, field);
    if (!env.rightToLeft) drawLabel();
}

} // namespace lectern::ui
