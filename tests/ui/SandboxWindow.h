#pragma once

#include "app/gui/SandboxMode.h"
#include "sandbox/SandboxServer.h"
#include "ui/window/InspectorSession.h"
#include "ui/window/MainWindow.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTest>

#include <memory>

namespace vendo::test {

// The window exactly as `vendo-inspector --sandbox` builds it: a real SandboxServer on loopback,
// its demo key in a session store, the Sandbox profile and the sample identities.
class SandboxWindow
{
public:
    static constexpr auto kAlice = "a11ce000-0000-4000-8000-000000000001";
    static constexpr auto kDave = "da7e0000-0000-4000-8000-000000000004";

    bool start()
    {
        if (!m_sandbox.start())
            return false;
        m_window = std::make_unique<ui::MainWindow>(m_sandbox.context());
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }
    // True once the demo key was read from the session store.
    bool keyReady() const { return m_window->session()->keyStatus().state == ui::KeyStatus::State::SessionOnly; }

    ui::MainWindow *window() const { return m_window.get(); }
    sandbox::SandboxServer *server() const { return m_sandbox.server(); }
    QString demoKey() const { return m_sandbox.server()->demoApiKey(); }

    QString mint(const QString &user, sandbox::MintOptions options = {}) const
    {
        return m_sandbox.server()->mintToken(user, options).value();
    }
    // Ctrl+V as the operator does it: text in the clipboard, then the window's paste action.
    void paste(const QString &text) const
    {
        QGuiApplication::clipboard()->setText(text);
        m_window->pasteFromClipboard();
    }

private:
    ui::SandboxMode m_sandbox;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace vendo::test
