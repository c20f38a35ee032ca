// SPDX-License-Identifier: EUPL-1.2
// The attacks of issue 13 on the file system: each must fail safely and say why.
#include "testsupport.h"

#include "casefile.h"
#include "diagnostics.h"
#include "safefile.h"
#include "yamldocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace deelwijzer;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A tmpfs of 64 KiB mounted on a fresh folder, unmounted at the end; needs root.
class SmallDisk
{
public:
    SmallDisk()
    {
        if (::geteuid() != 0 || !m_dir.isValid())
            return;
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, "size=64k") == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount(QFile::encodeName(m_dir.path()).constData());
    }
    bool ok() const { return m_mounted; }
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace

TEST_CASE("writing never goes through a symbolic link", "[safefile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    writeFile(victim, "precious");
    const QString link = dir.filePath(QStringLiteral("advice.yaml"));
    REQUIRE(QFile::link(victim, link));

    QString error;
    CHECK_FALSE(SafeFile::write(link, QByteArray("overwritten"), &error));
    CHECK(error.contains(QStringLiteral("symbolic link")));
    CHECK(contentOf(victim) == "precious");
    CHECK(QFileInfo(link).isSymLink());

    // The same through the case file and to a dangling link (it would create its target).
    CaseFile file;
    CHECK_FALSE(file.save(link, &error));
    const QString dangling = dir.filePath(QStringLiteral("dangling.yaml"));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("created-elsewhere")), dangling));
    CHECK_FALSE(SafeFile::write(dangling, QByteArray("x"), &error));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("created-elsewhere"))));

    // Something that is not a regular file is never replaced either.
    CHECK_FALSE(SafeFile::write(dir.path(), QByteArray("x"), &error));
    CHECK(error.contains(QStringLiteral("not a regular file")));
}

TEST_CASE("a written file is private and replaces the old one only when complete", "[safefile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    writeFile(path, "old");
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QString error;
    REQUIRE(SafeFile::write(path, QByteArray("new"), &error));
    CHECK(contentOf(path) == "new");
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    // A writer that fails half way: the old file stays, the reason comes back.
    CHECK_FALSE(SafeFile::write(
        path,
        [](QIODevice *device, QString *why) {
            device->write("half");
            *why = QStringLiteral("the renderer gave up");
            return false;
        },
        &error));
    CHECK(error == QStringLiteral("the renderer gave up"));
    CHECK(contentOf(path) == "new");
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("report.html")});
}

TEST_CASE("a full disk is an error and the previous file survives", "[safefile][root]")
{
    SmallDisk disk;
    if (!disk.ok()) {
        WARN("skipped: mounting a 64 KiB tmpfs needs root (CI runs as root)");
        return;
    }
    const QString previous = disk.path("advice.yaml");
    CaseFile good;
    good.answers = test::answers({{"acute_danger", {"yes"}}});
    QString error;
    REQUIRE(good.save(previous, &error));
    const QByteArray before = contentOf(previous);

    // Fill the disk to the last byte.
    {
        QFile filler(disk.path("filler"));
        REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(1024, 'x');
        while (filler.write(block) == block.size()) {
        }
        const QByteArray byte(1, 'x');
        while (filler.write(byte) == 1) {
        }
    }
    // Small writes were the silent ones (they sat in a buffer until commit).
    CaseFile changed = good;
    changed.answers = test::answers({{"acute_danger", {"no"}}, {"sharer", {"care"}}});
    CHECK_FALSE(changed.save(previous, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(contentOf(previous) == before);
    CHECK_FALSE(SafeFile::write(disk.path("new.html"), QByteArray(100, 'y'), &error));
    CHECK(error.contains(QStringLiteral("space"), Qt::CaseInsensitive));
    CHECK_FALSE(QFile::exists(disk.path("new.html")));
    CHECK_FALSE(SafeFile::write(disk.path("big.pdf"), QByteArray(200000, 'z'), &error));
    CHECK_FALSE(QFile::exists(disk.path("big.pdf")));
}

TEST_CASE("only regular files are read, and never more than the limit", "[safefile]")
{
    QTemporaryDir dir;
    QString error;
    QElapsedTimer clock;
    clock.start();

    // A link to /dev/zero once read 4 GB and aborted; a FIFO waited forever for a writer.
    const QString zero = dir.filePath(QStringLiteral("zero.yaml"));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), zero));
    CHECK_FALSE(SafeFile::read(zero, YamlDocument::MaxFileSize, &error));
    CHECK(error.contains(QStringLiteral("device")));
    const QString fifo = dir.filePath(QStringLiteral("fifo.yaml"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK_FALSE(SafeFile::read(fifo, YamlDocument::MaxFileSize, &error));
    CHECK(error.contains(QStringLiteral("FIFO")));
    CHECK_FALSE(SafeFile::read(dir.path(), YamlDocument::MaxFileSize, &error));
    CHECK(error.contains(QStringLiteral("folder")));
    CHECK_FALSE(SafeFile::read(dir.filePath(QStringLiteral("missing")), 10, &error));
    CHECK(error == QStringLiteral("No such file or directory"));

    const QString big = dir.filePath(QStringLiteral("big.yaml"));
    writeFile(big, QByteArray(11, 'a'));
    CHECK_FALSE(SafeFile::read(big, 10, &error));
    CHECK(error.contains(QStringLiteral("too large")));
    CHECK(SafeFile::read(big, 11, &error) == QByteArray(11, 'a'));

    // Built-in resources are read whole, and refused over the limit like any file.
    const QString resource = QStringLiteral(":/rules/ruleset.yaml");
    QFile resourceFile(resource);
    REQUIRE(resourceFile.open(QIODevice::ReadOnly));
    const QByteArray resourceContent = resourceFile.readAll();
    REQUIRE(resourceContent.size() > 100);
    CHECK(SafeFile::read(resource, YamlDocument::MaxFileSize, &error) == resourceContent);
    CHECK(SafeFile::read(resource, resourceContent.size(), &error) == resourceContent);
    CHECK_FALSE(SafeFile::read(resource, resourceContent.size() - 1, &error));
    CHECK(error.contains(QStringLiteral("too large")));

    // Case files go the same way, with the file named and no ":0:0".
    Diagnostics diagnostics;
    CHECK_FALSE(CaseFile::read(fifo, diagnostics));
    CHECK(diagnostics.items().constFirst().toString()
          == fifo + QStringLiteral(": error: cannot read the case file: this is a pipe (FIFO), not a regular file"));
    CHECK_FALSE(CaseFile::read(zero, diagnostics));
    CHECK(clock.elapsed() < 10000); // refused at once, not after reading or waiting
}

TEST_CASE("a rule-set folder stays a folder", "[safefile][loader]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("rules"));
    REQUIRE(QDir().mkpath(root + QStringLiteral("/tree")));
    const QString demo = test::sourcePath(QStringLiteral("rules/demo/"));
    for (const char *name : {"ruleset.yaml", "catalogue.yaml", "tree/questions.yaml", "tree/routing.yaml"})
        REQUIRE(QFile::copy(demo + QLatin1String(name), root + QLatin1Char('/') + QLatin1String(name)));

    // Three links to the folder itself (a loop), one to /usr, and YAML the manifest does not
    // name: none of it may be walked into or read.
    for (const char *name : {"loop1", "loop2", "tree/loop3"})
        REQUIRE(QFile::link(root, root + QLatin1Char('/') + QLatin1String(name)));
    REQUIRE(QFile::link(QStringLiteral("/usr"), root + QStringLiteral("/usr")));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), root + QStringLiteral("/unnamed.yaml")));
    REQUIRE(::mkfifo(QFile::encodeName(root + QStringLiteral("/unnamed-fifo.yaml")).constData(), 0600) == 0);

    RuleSetLoadResult result = RuleSetLoader::loadFolder(root);
    INFO(result.diagnostics.toString().toStdString());
    REQUIRE(result.ok());
    CHECK(result.diagnostics.isEmpty());
    CHECK(result.ruleSet->fingerprint() == test::demoRules()->fingerprint());

    // A named file that is a FIFO, or a link out of the folder, is an error naming it.
    QFile::remove(root + QStringLiteral("/tree/routing.yaml"));
    REQUIRE(::mkfifo(QFile::encodeName(root + QStringLiteral("/tree/routing.yaml")).constData(), 0600) == 0);
    result = RuleSetLoader::loadFolder(root);
    REQUIRE_FALSE(result.ok());
    CHECK(result.diagnostics.toString().contains(
        root + QStringLiteral("/tree/routing.yaml: error: cannot read file: this is a pipe (FIFO), not a regular file")));
    QFile::remove(root + QStringLiteral("/tree/routing.yaml"));
    const QString outside = dir.filePath(QStringLiteral("routing.yaml"));
    REQUIRE(QFile::copy(demo + QStringLiteral("tree/routing.yaml"), outside));
    REQUIRE(QFile::link(outside, root + QStringLiteral("/tree/routing.yaml")));
    result = RuleSetLoader::loadFolder(root);
    REQUIRE_FALSE(result.ok());
    CHECK(result.diagnostics.toString().contains(QStringLiteral("a link to a file outside the rule-set folder")));

    // A file, not a folder.
    result = RuleSetLoader::loadFolder(root + QStringLiteral("/ruleset.yaml"));
    CHECK(result.diagnostics.items().constFirst().message == QStringLiteral("this is not a folder"));
}

TEST_CASE("messages quote little of the input and no control characters", "[diagnostics]")
{
    const QString hostile = QStringLiteral("x\x1b]0;pwned\x07") + QString(500, QLatin1Char('k'));
    Diagnostics diagnostics;
    diagnostics.error({QStringLiteral("f\x1b[2J.yaml"), 3, 1}, QStringLiteral("unknown key '%1' in the rule").arg(hostile));
    const QString line = diagnostics.items().constFirst().toString();
    for (const QChar c : line)
        CHECK(c.unicode() >= 0x20);
    CHECK(line.startsWith(QStringLiteral("f\\u001b[2J.yaml:3:1: error: unknown key 'x\\u001b]0;pwned\\u0007kkk")));
    CHECK(line.endsWith(QStringLiteral("k\u2026' in the rule")));
    CHECK(line.size() < 300);

    // The same through the YAML reader.
    Diagnostics yaml;
    const QByteArray key = "a" + QByteArray(1000, 'b');
    YamlDocument::parse("x: 1\n" + key + ": 1\n" + key + ": 2\n", QStringLiteral("d.yaml"), yaml);
    REQUIRE(yaml.hasErrors());
    CHECK(yaml.items().constFirst().message.size() < 260);
}
