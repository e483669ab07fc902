#pragma once

#include "client/VendoError.h"

#include <QString>

namespace vendo::client {

// What `explain` makes of a code, an HTTP status or a pasted log line.
struct Explanation
{
    enum class Source { Unrecognised, Code, LegacyCode, ClassName, HttpStatus, TransportKind };

    Source source = Source::Unrecognised;
    VendoError::Kind kind = VendoError::Kind::Base;
    QString className; // "NotConnected", ...
    QString code; // the current spelling, when a code was found
    QString matched; // the exact text that was recognised
    int httpStatus = 0;
    QString meaning; // translated
    QString fix; // translated
    QString note; // e.g. "the class is chosen by code, not by status" (translated)

    bool recognised() const { return source != Source::Unrecognised; }
    QJsonObject toJson() const;
};

Explanation explain(const QString &text);

} // namespace vendo::client
