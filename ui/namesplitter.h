#pragma once

#include <QObject>
#include <QString>

#include <optional>

class ValidatedField;

// A full name said or pasted into 氏名(姓) ("山田 太郎") is parted into
// the family and the given name when 氏名(名) is still empty. Only two
// parts in Japanese script: a Western name with a space ("Van Dyke") stays
// as typed. A whole name in 氏名(姓) beside the given name in 氏名(名)
// ("Tanaka Hanako" and "Hanako", in any script) keeps the family name only.
class NameSplitter : public QObject
{
    Q_OBJECT
public:
    NameSplitter(ValidatedField *lastName, ValidatedField *firstName, QObject *parent = nullptr);

    struct Parts
    {
        QString lastName;
        QString firstName;
    };
    static std::optional<Parts> split(const QString &fullName);
    // The rule in one place: a whole name in `lastName` is parted into the
    // two while `firstName` is empty, or loses the given name that
    // `firstName` holds already. True when it changed.
    static bool part(QString &lastName, QString &firstName);

private:
    void partWhenLeft();

    ValidatedField *m_lastName;
    ValidatedField *m_firstName;
};
