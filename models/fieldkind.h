#pragma once

// What kind of value a field holds; decides its normalisation and its rule.
enum class FieldKind { Text, Email, PostalCode, Prefecture, Phone, Mobile, Units };

struct FieldSpec
{
    const char *name; // wire name, e.g. "postalCode"
    FieldKind kind;
    bool required;
    int maxLength;
};
