// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspectorwidgets.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace atlas {

// Every dataset text goes through here: plain text, so markup in a file is shown, never interpreted.
QLabel *plainLabel(const QString &text, QWidget *parent, bool wrap)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent, double scale)
{
    QLabel *label = plainLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

void setBold(QWidget *widget, bool bold)
{
    QFont font = widget->font();
    font.setBold(bold);
    widget->setFont(font);
}

// A visibly marked discrepancy or caveat: a warning sign in a coloured frame.
QFrame *noteFrame(const QString &text, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("discrepancyNote"));
    frame->setStyleSheet(QStringLiteral("QFrame#discrepancyNote { border: 1px solid #D55E00; border-left: 4px solid #D55E00;"
                                        " background: #FDF1E7; border-radius: 3px; }"));
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(6, 4, 6, 4);
    auto *sign = new QLabel(QStringLiteral("\u26A0"), frame);
    sign->setStyleSheet(QStringLiteral("color: #D55E00; border: none;"));
    sign->setAlignment(Qt::AlignTop);
    layout->addWidget(sign);
    QLabel *label = plainLabel(text, frame);
    label->setStyleSheet(QStringLiteral("border: none; background: transparent;"));
    label->setObjectName(QStringLiteral("discrepancyText"));
    layout->addWidget(label, 1);
    return frame;
}

// The verbatim excerpt, set off as a quotation: indented, italic, with a rule on the left.
QFrame *quoteFrame(const QString &quote, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("quotation"));
    frame->setStyleSheet(QStringLiteral("QFrame#quotation { border: none; border-left: 3px solid #9a9a9a; margin-left: 12px; }"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 2, 4, 2);
    QLabel *label = plainLabel(QStringLiteral("\u201C%1\u201D").arg(quote), frame);
    label->setObjectName(QStringLiteral("quotationText"));
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    layout->addWidget(label);
    return frame;
}

QFrame *rule(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace atlas
