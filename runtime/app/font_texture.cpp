#include "font_texture.h"

#include "gl_textures.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>
#include <imgui.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

namespace lectern::app {

bool glHasTextureSwizzle() {
    const char* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    int major = 0, minor = 0;
    if (version && std::sscanf(version, "%d.%d", &major, &minor) == 2 && (major > 3 || (major == 3 && minor >= 3)))
        return true;
    // Before 3.3 (Lectern's 3.0 fallback context): the extension, listed one by one since 3.0.
    GLint count = 0;
    glGetIntegerv(GL_NUM_EXTENSIONS, &count);
    for (GLint i = 0; i < count; ++i) {
        const char* e = reinterpret_cast<const char*>(glGetStringi(GL_EXTENSIONS, GLuint(i)));
        if (e && (!std::strcmp(e, "GL_ARB_texture_swizzle") || !std::strcmp(e, "GL_EXT_texture_swizzle"))) return true;
    }
    return false;
}

FontTexture::~FontTexture() {
    if (m_texture) glDeleteTextures(1, &m_texture);
}

bool FontTexture::upload(ImFontAtlas& atlas) {
    unsigned char* alpha = nullptr;
    int w = 0, h = 0;
    atlas.GetTexDataAsAlpha8(&alpha, &w, &h);  // built by loadFonts: no work here
    if (!alpha || w <= 0 || h <= 0) return false;
    while (glGetError() != GL_NO_ERROR) {
    }  // an older error is not this upload's

    GLint lastTexture = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &lastTexture);
    const GLuint id = newLinearTexture();
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    m_swizzled = glHasTextureSwizzle();
    if (m_swizzled) {
        const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
        glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, w, h, 0, GL_RED, GL_UNSIGNED_BYTE, alpha);
    } else {
        std::vector<uint32_t> rgba(size_t(w) * size_t(h));  // freed as soon as it is uploaded
        for (size_t i = 0; i < rgba.size(); ++i) rgba[i] = IM_COL32(255, 255, 255, alpha[i]);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    }
    glBindTexture(GL_TEXTURE_2D, GLuint(lastTexture));
    if (glGetError() != GL_NO_ERROR) {
        glDeleteTextures(1, &id);
        return false;
    }
    if (m_texture) glDeleteTextures(1, &m_texture);  // the old atlas: nothing draws with it any more
    m_texture = id;
    m_width = w;
    m_height = h;
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(id)));
    atlas.ClearTexData();  // the GPU has it: the CPU copy goes
    return true;
}

} // namespace lectern::app
