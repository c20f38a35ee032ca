// SPDX-License-Identifier: EUPL-1.2
// AdviceDocument without a window: new, save, open, autosave and restore of an advice.
#include "advicedocument.h"
#include "advicesession.h"
#include "autosave.h"
#include "rulesetloader.h"
#include "settings.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace deelwijzer;

namespace {

std::shared_ptr<const RuleSet> demoRules()
{
    static const RuleSetLoadResult result =
        RuleSetLoader::loadFolder(QStringLiteral(DEELWIJZER_SOURCE_DIR "/rules/demo"));
    INFO(result.diagnostics.toString().toStdString());
    REQUIRE(result.ok());
    return result.ruleSet;
}

/// A sandbox: its own settings file and autosave folder.
struct Sandbox
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    QString autosaveFolder() const { return dir.filePath(QStringLiteral("autosave")); }
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
};

/// A document of the sandbox on the demo rules.
struct DemoDocument : AdviceDocument
{
    explicit DemoDocument(Sandbox &box) : AdviceDocument(&box.settings, box.autosaveFolder()) { setRules(demoRules()); }

    /// A new advice: a doctor about to share health data.
    void startDoctorHealth()
    {
        startNew();
        session()->answer(QStringLiteral("acute_danger"), {QStringLiteral("no")});
        session()->answer(QStringLiteral("sharer"), {QStringLiteral("doctor")});
        session()->answer(QStringLiteral("data"), {QStringLiteral("health")});
    }
};

} // namespace

TEST_CASE("advice document: a new advice is autosaved and saving puts the copy away", "[session]")
{
    Sandbox box;
    DemoDocument document(box);
    document.startDoctorHealth();
    REQUIRE(document.session()->isModified());
    document.autosaveNow();
    CHECK(document.hasAutosave());
    CHECK(document.autosaveTime().isValid());

    QStringList saved;
    QObject::connect(&document, &AdviceDocument::saved, [&](const QString &path) { saved << path; });
    QString error;
    REQUIRE(document.save(box.path("advice.yaml"), &error));
    CHECK(error.isEmpty());
    CHECK(saved == QStringList{box.path("advice.yaml")});
    CHECK_FALSE(document.session()->isModified());
    CHECK_FALSE(document.hasAutosave());
    CHECK(box.settings.recentFiles().value(0) == box.path("advice.yaml"));
    CHECK(document.folder() == box.dir.path());
    // Nothing unsaved: no copy is written.
    document.autosaveNow();
    CHECK_FALSE(document.hasAutosave());
}

TEST_CASE("advice document: a saved advice opens with its answers and unchanged", "[session]")
{
    Sandbox box;
    {
        DemoDocument first(box);
        first.startDoctorHealth();
        first.session()->setReference(QStringLiteral("VT-2026-0143"));
        REQUIRE(first.save(box.path("advice.yaml")));
    }
    DemoDocument document(box);
    QList<AdviceDocument::Source> events;
    QObject::connect(&document, &AdviceDocument::aboutToRestore, [&](AdviceDocument::Source s) { events << s; });
    QObject::connect(&document, &AdviceDocument::restored, [&](AdviceDocument::Source s) { events << s; });
    Diagnostics diagnostics;
    REQUIRE(document.open(box.path("advice.yaml"), diagnostics));
    CHECK(events == QList<AdviceDocument::Source>{AdviceDocument::Source::File, AdviceDocument::Source::File});
    CHECK(document.session()->answers().value(QStringLiteral("data")) == QStringList{QStringLiteral("health")});
    CHECK(document.session()->reference() == QStringLiteral("VT-2026-0143"));
    CHECK(document.session()->filePath() == box.path("advice.yaml"));
    CHECK_FALSE(document.session()->isModified());
}

TEST_CASE("advice document: a file that does not open changes nothing and leaves the recent files", "[session]")
{
    Sandbox box;
    DemoDocument document(box);
    document.startDoctorHealth();
    document.autosaveNow();
    const QString broken = box.path("broken.yaml");
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("format: deelwijzer-case/1\nanswers: [unclosed\n");
    }
    box.settings.addRecentFile(broken);
    int recentChanged = 0;
    QObject::connect(&document, &AdviceDocument::recentFilesChanged, [&] { ++recentChanged; });
    bool restored = false;
    QObject::connect(&document, &AdviceDocument::aboutToRestore, [&] { restored = true; });
    Diagnostics diagnostics;
    CHECK_FALSE(document.open(broken, diagnostics));
    CHECK(diagnostics.hasErrors());
    CHECK(diagnostics.toString().contains(QStringLiteral("broken.yaml")));
    CHECK_FALSE(restored);
    CHECK(document.session()->answers().value(QStringLiteral("sharer")) == QStringList{QStringLiteral("doctor")});
    CHECK(document.hasAutosave()); // the work in progress is still safe
    CHECK_FALSE(box.settings.recentFiles().contains(broken));
    CHECK(recentChanged == 1);
}

TEST_CASE("advice document: after a crash the copy restores as unsaved work", "[session]")
{
    Sandbox box;
    {
        // No close(): the program stopped with unsaved work.
        DemoDocument crashed(box);
        crashed.startDoctorHealth();
        crashed.autosaveNow();
    }
    DemoDocument document(box);
    REQUIRE(document.hasAutosave());
    QList<AdviceDocument::Source> events;
    QObject::connect(&document, &AdviceDocument::restored, [&](AdviceDocument::Source s) { events << s; });
    Diagnostics diagnostics;
    REQUIRE(document.restoreAutosave(diagnostics));
    CHECK(events == QList<AdviceDocument::Source>{AdviceDocument::Source::Autosave});
    CHECK(document.session()->answers().value(QStringLiteral("data")) == QStringList{QStringLiteral("health")});
    CHECK(document.session()->isModified());
    CHECK(document.hasAutosave()); // kept until the work is saved
    // Closing normally with the work still unsaved keeps the copy; once discarded it goes.
    document.close();
    CHECK(document.hasAutosave());
    document.discardChanges();
    document.close();
    CHECK_FALSE(document.hasAutosave());
}

TEST_CASE("advice document: a new advice replaces the copy only when started", "[session]")
{
    Sandbox box;
    DemoDocument document(box);
    document.startDoctorHealth();
    document.autosaveNow();
    REQUIRE(document.hasAutosave());
    document.startNew();
    CHECK_FALSE(document.hasAutosave());
    CHECK(document.session()->answers().isEmpty());
    CHECK(document.session()->current() == QStringLiteral("acute_danger"));
}
