// SPDX-License-Identifier: GPL-3.0-or-later
// Golden strings checked by hand against GB/T 7714-2015 (sections 8.1, 8.2, examples in appendix A),
// the Chicago Manual of Style 17th ed. author-date examples (15.9, 15.47) and the BibTeX / RIS specs.
#include "models/text/citationformatter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

LocalizedText t(const char *en, const char *zh)
{
    return { QString::fromUtf8(en), QString::fromUtf8(zh) };
}

Source li2024()
{
    Source s;
    s.key = QStringLiteral("li2024");
    s.kind = SourceKind::Article;
    s.authors = { t("Li Dejie", "李德杰") };
    s.title = t("The Fetters of the System: The Interaction Logic of Asia-Pacific Minilateral Security Cooperation",
                "体系的羁绊：亚太小多边安全合作的互动逻辑");
    s.journal = t("Global Review", "国际展望");
    s.year = 2024;
    s.issue = QStringLiteral("2");
    s.pages = QStringLiteral("121-140");
    s.doi = QStringLiteral("10.13851/j.cnki.gjzw.202402007");
    return s;
}

Source ling2022()
{
    Source s;
    s.key = QStringLiteral("ling2022");
    s.kind = SourceKind::Article;
    s.authors = { t("Ling Shengli", "凌胜利"), t("Wang Yanfei", "王彦飞") };
    s.title = t("Logic of Hegemony: The Multilateral Transformation of the US Asia-Pacific Security Strategy",
                "霸权的逻辑：美国亚太安全战略的多边转向");
    s.journal = t("Journal of International Security Studies", "国际安全研究");
    s.year = 2022;
    s.issue = QStringLiteral("4");
    s.pages = QStringLiteral("91-126");
    s.doi = QStringLiteral("10.14093/j.cnki.cn10-1132/d.2022.04.004");
    return s;
}

Source hou2024()
{
    Source s;
    s.key = QStringLiteral("hou2024");
    s.kind = SourceKind::Article;
    s.authors = { t("Hou Henan", "侯赫男") };
    s.title = t("AUKUS Pillar II: Characteristics and Prospects", "美英澳三边安全伙伴关系第二支柱的特点及前景");
    s.year = 2024;
    return s;
}

Source fourChineseAuthors()
{
    Source s;
    s.key = QStringLiteral("zhang2020");
    s.kind = SourceKind::Article;
    s.authors = { t("Zhang San", "张三"), t("Li Si", "李四"), t("Wang Wu", "王五"), t("Zhao Liu", "赵六") };
    s.title = t("A Test Title", "测试题名");
    s.journal = t("Test Journal", "测试学刊");
    s.year = 2020;
    s.issue = QStringLiteral("1");
    s.pages = QStringLiteral("1–10");
    return s;
}

Source atop()
{
    Source s;
    s.key = QStringLiteral("atop4");
    s.kind = SourceKind::Dataset;
    s.authors = { t("Brett Ashley Leeds", "Brett Ashley Leeds"), t("Jeffrey M. Ritter", "Jeffrey M. Ritter"),
                  t("Sara McLaughlin Mitchell", "Sara McLaughlin Mitchell"), t("Andrew G. Long", "Andrew G. Long") };
    s.title = t("Alliance Treaty Obligations and Provisions, 1815-1944", "Alliance Treaty Obligations and Provisions, 1815-1944");
    s.journal = t("International Interactions", "International Interactions");
    s.year = 2002;
    s.issue = QStringLiteral("28");
    s.pages = QStringLiteral("237-260");
    return s;
}

Source statement()
{
    Source s;
    s.key = QStringLiteral("aukus-2021-statement");
    s.kind = SourceKind::Primary;
    s.authors = { t("The White House", "白宫") };
    s.title = t("Joint Leaders Statement on AUKUS", "美英澳领导人关于AUKUS的联合声明");
    s.year = 2021;
    s.date = PartialDate(2021, 9, 15);
    s.url = QStringLiteral("https://www.whitehouse.gov/briefing-room/statements-releases/2021/09/15/joint-leaders-statement-on-aukus/");
    return s;
}

Source ratnerForeignAffairs()
{
    Source s;
    s.key = QStringLiteral("ratner2025fa");
    s.kind = SourceKind::Article;
    s.authors = { t("Ely Ratner", "埃利·拉特纳") };
    s.title = t("The Case for a Pacific Defense Pact", "建立“太平洋防务条约”的理由");
    s.journal = t("Foreign Affairs", "外交事务");
    s.year = 2025;
    return s;
}

Source ippCompilation()
{
    Source s;
    s.key = QStringLiteral("ratner2025");
    s.kind = SourceKind::Web;
    s.authors = { t("IPP Review", "IPP评论") };
    s.title = t("IPP Global Think Tank Review: The Case for a Pacific Defense Pact",
                "IPP全球智库纵览｜美国国防部前高官：建立“太平洋防务条约”的理由");
    s.year = 2025;
    s.date = PartialDate(2025, 5, 31);
    s.url = QStringLiteral("https://example.org/ipp/2025-05-31");
    return s;
}

Source limb1951()
{
    Source s;
    s.key = QStringLiteral("limb-1951");
    s.kind = SourceKind::Article;
    s.authors = { t("Ben Limb", "Ben Limb") };
    s.title = t("The Pacific Pact: Looking Forward or Backward", "The Pacific Pact: Looking Forward or Backward");
    s.journal = t("Foreign Affairs", "Foreign Affairs");
    s.year = 1951;
    s.issue = QStringLiteral("29(4)");
    s.pages = QStringLiteral("539");
    return s;
}

Source undated()
{
    Source s;
    s.key = QStringLiteral("nato-accession-swe-2024");
    s.kind = SourceKind::Primary;
    s.authors = { t("NATO", "北约") };
    s.title = t("Sweden officially joins NATO", "瑞典正式加入北约");
    return s;
}

Source quotedTitle()
{
    Source s;
    s.key = QStringLiteral("zhao-lv-2020");
    s.kind = SourceKind::Article;
    s.authors = { t("Zhao Yingjie", "赵迎结"), t("Lü Yaodong", "吕耀东") };
    s.title = t("The construction and limits of the Japan-UK 'quasi-alliance'", "“印太”视阈下日英“准同盟”关系的构建与局限");
    s.journal = t("Pacific Journal", "太平洋学报");
    s.year = 2020;
    s.issue = QStringLiteral("8");
    s.pages = QStringLiteral("43-55");
    return s;
}

Source statementDateOnly()
{
    Source s = statement();
    s.year = 0; // primary documents often carry only a date
    return s;
}

} // namespace

class tst_CitationFormatter : public QObject
{
    Q_OBJECT

private slots:
    void gbt7714_data();
    void gbt7714();
    void chicago_data();
    void chicago();
    void bibtex_data();
    void bibtex();
    void ris();
    void chineseOriginal_data();
    void chineseOriginal();
    void bibtexKeyIsStableAndSafe();
    void bibtexEscapesLatexSpecials();
    void reference_data();
    void reference();
    void linkOnlyForHttpAndDoi();
    void writesBibAndRisFiles();
    void failedWriteKeepsExistingFile();
};

void tst_CitationFormatter::gbt7714_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("li2024, one Chinese author, DOI")
        << li2024()
        << QStringLiteral("李德杰. 体系的羁绊：亚太小多边安全合作的互动逻辑[J]. 国际展望, 2024(2): 121-140. DOI:10.13851/j.cnki.gjzw.202402007.");
    QTest::newRow("ling2022, two Chinese authors")
        << ling2022()
        << QStringLiteral("凌胜利, 王彦飞. 霸权的逻辑：美国亚太安全战略的多边转向[J]. 国际安全研究, 2022(4): 91-126. "
                          "DOI:10.14093/j.cnki.cn10-1132/d.2022.04.004.");
    QTest::newRow("no journal known") << hou2024() << QStringLiteral("侯赫男. 美英澳三边安全伙伴关系第二支柱的特点及前景[J]. 2024.");
    QTest::newRow("more than three Chinese authors: 等")
        << fourChineseAuthors() << QStringLiteral("张三, 李四, 王五, 等. 测试题名[J]. 测试学刊, 2020(1): 1-10.");
    QTest::newRow("English authors upper-case surname, initials, et al")
        << atop()
        << QStringLiteral("LEEDS B A, RITTER J M, MITCHELL S M, et al. Alliance Treaty Obligations and Provisions, 1815-1944[J]. "
                          "International Interactions, 2002(28): 237-260.");
    QTest::newRow("online primary document")
        << statement()
        << QStringLiteral("The White House. Joint Leaders Statement on AUKUS[EB/OL]. (2021-09-15). "
                          "https://www.whitehouse.gov/briefing-room/statements-releases/2021/09/15/joint-leaders-statement-on-aukus/.");
    QTest::newRow("volume(issue)") << limb1951()
                                   << QStringLiteral("LIMB B. The Pacific Pact: Looking Forward or Backward[J]. Foreign Affairs, 1951, 29(4): 539.");
    QTest::newRow("year from the date")
        << statementDateOnly()
        << QStringLiteral("The White House. Joint Leaders Statement on AUKUS[EB/OL]. (2021-09-15). "
                          "https://www.whitehouse.gov/briefing-room/statements-releases/2021/09/15/joint-leaders-statement-on-aukus/.");
    QTest::newRow("undated, offline") << undated() << QStringLiteral("NATO. Sweden officially joins NATO[Z].");
    QTest::newRow("Chinese web compilation")
        << ippCompilation()
        << QStringLiteral("IPP评论. IPP全球智库纵览｜美国国防部前高官：建立“太平洋防务条约”的理由[EB/OL]. (2025-05-31). "
                          "https://example.org/ipp/2025-05-31.");
}

void tst_CitationFormatter::gbt7714()
{
    QFETCH(Source, source);
    QFETCH(QString, expected);
    QCOMPARE(CitationFormatter::gbt7714(source), expected);
    QCOMPARE(CitationFormatter::format(source, CitationFormatter::Style::GbT7714), expected);
}

void tst_CitationFormatter::chicago_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("li2024: characters kept, English title in brackets")
        << li2024()
        << QStringLiteral("Li Dejie 李德杰. 2024. “体系的羁绊：亚太小多边安全合作的互动逻辑” [The Fetters of the System: The Interaction "
                          "Logic of Asia-Pacific Minilateral Security Cooperation]. 国际展望 [Global Review], no. 2: 121–140. "
                          "https://doi.org/10.13851/j.cnki.gjzw.202402007.");
    QTest::newRow("ling2022: two authors, surname first, no inversion comma")
        << ling2022()
        << QStringLiteral("Ling Shengli 凌胜利 and Wang Yanfei 王彦飞. 2022. “霸权的逻辑：美国亚太安全战略的多边转向” [Logic of "
                          "Hegemony: The Multilateral Transformation of the US Asia-Pacific Security Strategy]. 国际安全研究 "
                          "[Journal of International Security Studies], no. 4: 91–126. "
                          "https://doi.org/10.14093/j.cnki.cn10-1132/d.2022.04.004.");
    QTest::newRow("English authors: first inverted, serial comma")
        << atop()
        << QStringLiteral("Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. “Alliance "
                          "Treaty Obligations and Provisions, 1815-1944.” International Interactions, no. 28: 237–260.");
    QTest::newRow("institution author, web link")
        << statement()
        << QStringLiteral("The White House. 2021. “Joint Leaders Statement on AUKUS.” "
                          "https://www.whitehouse.gov/briefing-room/statements-releases/2021/09/15/joint-leaders-statement-on-aukus/.");
    QTest::newRow("volume (issue)") << limb1951()
                                    << QStringLiteral("Limb, Ben. 1951. “The Pacific Pact: Looking Forward or Backward.” Foreign Affairs 29 (4): 539.");
    QTest::newRow("year from the date")
        << statementDateOnly()
        << QStringLiteral("The White House. 2021. “Joint Leaders Statement on AUKUS.” "
                          "https://www.whitehouse.gov/briefing-room/statements-releases/2021/09/15/joint-leaders-statement-on-aukus/.");
    QTest::newRow("no date: n.d. with one period") << undated() << QStringLiteral("NATO. n.d. “Sweden officially joins NATO.”");
    QTest::newRow("quotation marks inside a quoted title become single")
        << quotedTitle()
        << QStringLiteral("Zhao Yingjie 赵迎结 and Lü Yaodong 吕耀东. 2020. “‘印太’视阈下日英‘准同盟’关系的构建与局限” [The construction and "
                          "limits of the Japan-UK 'quasi-alliance']. 太平洋学报 [Pacific Journal], no. 8: 43–55.");
    QTest::newRow("English original with a Chinese translation in the record")
        << ratnerForeignAffairs() << QStringLiteral("Ratner, Ely. 2025. “The Case for a Pacific Defense Pact.” Foreign Affairs.");
}

void tst_CitationFormatter::chicago()
{
    QFETCH(Source, source);
    QFETCH(QString, expected);
    QCOMPARE(CitationFormatter::chicago(source), expected);
}

void tst_CitationFormatter::bibtex_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Chinese article") << li2024()
                                     << QStringLiteral("@article{li2024,\n"
                                                       "  author = {李德杰},\n"
                                                       "  title = {体系的羁绊：亚太小多边安全合作的互动逻辑},\n"
                                                       "  journal = {国际展望},\n"
                                                       "  year = {2024},\n"
                                                       "  number = {2},\n"
                                                       "  pages = {121--140},\n"
                                                       "  doi = {10.13851/j.cnki.gjzw.202402007},\n"
                                                       "  langid = {chinese}\n"
                                                       "}");
    QTest::newRow("two Chinese authors") << ling2022()
                                         << QStringLiteral("@article{ling2022,\n"
                                                           "  author = {凌胜利 and 王彦飞},\n"
                                                           "  title = {霸权的逻辑：美国亚太安全战略的多边转向},\n"
                                                           "  journal = {国际安全研究},\n"
                                                           "  year = {2022},\n"
                                                           "  number = {4},\n"
                                                           "  pages = {91--126},\n"
                                                           "  doi = {10.14093/j.cnki.cn10-1132/d.2022.04.004},\n"
                                                           "  langid = {chinese}\n"
                                                           "}");
    QTest::newRow("English authors as Last, First") << atop()
                                                    << QStringLiteral("@article{atop4,\n"
                                                                      "  author = {Leeds, Brett Ashley and Ritter, Jeffrey M. and "
                                                                      "Mitchell, Sara McLaughlin and Long, Andrew G.},\n"
                                                                      "  title = {Alliance Treaty Obligations and Provisions, 1815-1944},\n"
                                                                      "  journal = {International Interactions},\n"
                                                                      "  year = {2002},\n"
                                                                      "  number = {28},\n"
                                                                      "  pages = {237--260}\n"
                                                                      "}");
    QTest::newRow("volume and number") << limb1951()
                                       << QStringLiteral("@article{limb-1951,\n"
                                                         "  author = {Limb, Ben},\n"
                                                         "  title = {The Pacific Pact: Looking Forward or Backward},\n"
                                                         "  journal = {Foreign Affairs},\n"
                                                         "  year = {1951},\n"
                                                         "  volume = {29},\n"
                                                         "  number = {4},\n"
                                                         "  pages = {539}\n"
                                                         "}");
    QTest::newRow("institution braced, misc") << statement()
                                              << QStringLiteral("@misc{aukus-2021-statement,\n"
                                                                "  author = {{The White House}},\n"
                                                                "  title = {Joint Leaders Statement on AUKUS},\n"
                                                                "  year = {2021},\n"
                                                                "  date = {2021-09-15},\n"
                                                                "  url = {https://www.whitehouse.gov/briefing-room/statements-releases/"
                                                                "2021/09/15/joint-leaders-statement-on-aukus/}\n"
                                                                "}");
}

void tst_CitationFormatter::bibtex()
{
    QFETCH(Source, source);
    QFETCH(QString, expected);
    QCOMPARE(CitationFormatter::bibtex(source), expected);
}

void tst_CitationFormatter::ris()
{
    QCOMPARE(CitationFormatter::ris(li2024()),
             QStringLiteral("TY  - JOUR\r\n"
                            "ID  - li2024\r\n"
                            "AU  - 李德杰\r\n"
                            "TI  - 体系的羁绊：亚太小多边安全合作的互动逻辑\r\n"
                            "TT  - The Fetters of the System: The Interaction Logic of Asia-Pacific Minilateral Security Cooperation\r\n"
                            "T2  - 国际展望\r\n"
                            "PY  - 2024\r\n"
                            "IS  - 2\r\n"
                            "SP  - 121\r\n"
                            "EP  - 140\r\n"
                            "DO  - 10.13851/j.cnki.gjzw.202402007\r\n"
                            "LA  - zh\r\n"
                            "ER  - "));
    QCOMPARE(CitationFormatter::ris(statement()),
             QStringLiteral("TY  - GOVDOC\r\n"
                            "ID  - aukus-2021-statement\r\n"
                            "AU  - The White House\r\n"
                            "TI  - Joint Leaders Statement on AUKUS\r\n"
                            "PY  - 2021\r\n"
                            "DA  - 2021/09/15/\r\n"
                            "UR  - https://www.whitehouse.gov/briefing-room/statements-releases/2021/09/15/joint-leaders-statement-on-aukus/\r\n"
                            "ER  - "));
    QCOMPARE(CitationFormatter::ris(atop()).section(QStringLiteral("\r\n"), 2, 3),
             QStringLiteral("AU  - Leeds, Brett Ashley\r\nAU  - Ritter, Jeffrey M."));
}

void tst_CitationFormatter::chineseOriginal_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("li2024") << li2024() << true;
    QTest::newRow("no journal") << hou2024() << true;
    QTest::newRow("English data set") << atop() << false;
    QTest::newRow("primary document with a Chinese title") << statement() << false;
    QTest::newRow("transliterated author name") << ratnerForeignAffairs() << false;
    QTest::newRow("Chinese institution") << ippCompilation() << true;
}

void tst_CitationFormatter::chineseOriginal()
{
    QFETCH(Source, source);
    QFETCH(bool, chinese);
    QCOMPARE(CitationFormatter::isChineseOriginal(source), chinese);
}

void tst_CitationFormatter::bibtexKeyIsStableAndSafe()
{
    Source s = li2024();
    QCOMPARE(CitationFormatter::bibtexKey(s), QStringLiteral("li2024"));
    s.key = QStringLiteral("a b/c,{d}");
    QCOMPARE(CitationFormatter::bibtexKey(s), QStringLiteral("a-b-c--d-"));
    QCOMPARE(CitationFormatter::bibtexKey(s), CitationFormatter::bibtexKey(s));
    s.key.clear();
    QCOMPARE(CitationFormatter::bibtexKey(s), QStringLiteral("source"));
}

void tst_CitationFormatter::bibtexEscapesLatexSpecials()
{
    Source s = atop();
    s.title.en = QStringLiteral("R&D 50% of $x #1 {a}_b ~ ^ \\ end");
    const QString entry = CitationFormatter::bibtex(s);
    QVERIFY2(entry.contains(QStringLiteral("title = {R\\&D 50\\% of \\$x \\#1 \\{a\\}\\_b \\textasciitilde{} "
                                           "\\textasciicircum{} \\textbackslash{} end}")),
             qPrintable(entry));
    // Braces stay balanced whatever the data says.
    QCOMPARE(entry.count(u'{') - entry.count(QStringLiteral("\\{")), entry.count(u'}') - entry.count(QStringLiteral("\\}")));
}

void tst_CitationFormatter::reference_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh") << li2024() << int(Language::Chinese)
                        << QStringLiteral("李德杰：《体系的羁绊：亚太小多边安全合作的互动逻辑》，《国际展望》2024年第2期，第121–140页");
    QTest::newRow("zh, two authors") << ling2022() << int(Language::Chinese)
                                     << QStringLiteral("凌胜利、王彦飞：《霸权的逻辑：美国亚太安全战略的多边转向》，《国际安全研究》2022年第4期，"
                                                       "第91–126页");
    QTest::newRow("en") << li2024() << int(Language::English)
                        << QStringLiteral("Li Dejie, “The Fetters of the System: The Interaction Logic of Asia-Pacific Minilateral "
                                          "Security Cooperation”, Global Review, no. 2 (2024): 121–140");
    QTest::newRow("zh UI, English record") << atop() << int(Language::Chinese)
                                           << QStringLiteral("Brett Ashley Leeds, Jeffrey M. Ritter, Sara McLaughlin Mitchell, Andrew G. "
                                                             "Long, “Alliance Treaty Obligations and Provisions, 1815-1944”, "
                                                             "International Interactions, no. 28 (2002): 237–260");
}

void tst_CitationFormatter::reference()
{
    QFETCH(Source, source);
    QFETCH(int, language);
    QFETCH(QString, expected);
    QCOMPARE(CitationFormatter::reference(source, Language(language)), expected);
}

void tst_CitationFormatter::linkOnlyForHttpAndDoi()
{
    QCOMPARE(CitationFormatter::link(li2024()), QStringLiteral("https://doi.org/10.13851/j.cnki.gjzw.202402007"));
    QCOMPARE(CitationFormatter::link(statement()), statement().url);
    Source s = hou2024();
    QCOMPARE(CitationFormatter::link(s), QString());
    s.url = QStringLiteral("javascript:alert(1)");
    QCOMPARE(CitationFormatter::link(s), QString());
    s.url = QStringLiteral("file:///etc/passwd");
    QCOMPARE(CitationFormatter::link(s), QString());
}

void tst_CitationFormatter::writesBibAndRisFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<Source> sources { li2024(), atop() };
    QString error;
    const QString bib = dir.filePath(QStringLiteral("out.bib"));
    QVERIFY2(CitationFormatter::writeBibliography(bib, sources, CitationFormatter::Style::BibTeX, &error), qPrintable(error));
    QFile bibFile(bib);
    QVERIFY(bibFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(bibFile.readAll()),
             CitationFormatter::bibtex(li2024()) + QStringLiteral("\n\n") + CitationFormatter::bibtex(atop()) + u'\n');

    const QString ris = dir.filePath(QStringLiteral("out.ris"));
    QVERIFY2(CitationFormatter::writeBibliography(ris, sources, CitationFormatter::Style::Ris, &error), qPrintable(error));
    QFile risFile(ris);
    QVERIFY(risFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(risFile.readAll());
    QCOMPARE(text.count(QStringLiteral("TY  - ")), 2);
    QCOMPARE(text.count(QStringLiteral("ER  - ")), 2);
    QVERIFY(text.startsWith(CitationFormatter::ris(li2024()) + QStringLiteral("\r\n\r\n")));
}

void tst_CitationFormatter::failedWriteKeepsExistingFile()
{
    QString error;
    QVERIFY(!CitationFormatter::writeBibliography(QStringLiteral("/nonexistent-dir-for-atlas/out.bib"), { li2024() },
                                                  CitationFormatter::Style::BibTeX, &error));
    QVERIFY(!error.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    error.clear();
    QVERIFY(!CitationFormatter::writeBibliography(dir.path(), { li2024() }, CitationFormatter::Style::BibTeX, &error));
    QVERIFY(!error.isEmpty());

    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("keep.bib"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old contents");
    existing.close();
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner)); // no new file can be created
    const bool written = CitationFormatter::writeBibliography(path, { li2024() }, CitationFormatter::Style::BibTeX, &error);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (written)
        QSKIP("running with permissions that ignore a read-only directory (root)");
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("old contents"));
}

QTEST_GUILESS_MAIN(tst_CitationFormatter)
#include "tst_citationformatter.moc"
