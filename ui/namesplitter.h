#pragma once

#include <QObject>
#include <QString>

#include <optional>

class ValidatedField;

// A full name said or pasted into 氏名(姓) ("山田 太郎") is parted into
// the family and the given name when 氏名(名) is still empty, and one in
// 氏名(名) when 氏名(姓) is. Only two parts in Japanese script: a Western
// name with a space ("Van Dyke") stays as typed. A whole name in one field
// beside a part of it in the other ("Tanaka Hanako" and "Hanako", "山田" and
// "山田 太郎", in any script) keeps only the part not said twice. An honorific
// after a name (様, 殿, さん …) is taken off: the mails add their own.
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
    // The rule in one place: a whole name in one of the two is parted into
    // both while the other is empty, or loses the part that the other holds
    // already. True when it changed.
    static bool part(QString &lastName, QString &firstName);

private:
    static bool partNames(QString &lastName, QString &firstName);
    void partWhenLeft();

    ValidatedField *m_lastName;
    ValidatedField *m_firstName;
};
