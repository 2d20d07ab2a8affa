/*
 * reduction.c - reduction operators over C's arithmetic types: which
 * types an operator accepts, its identity (the start value of every
 * worker's private copy) and how two values combine.
 */
#include "analysis.h"

#include <stdlib.h>
#include <string.h>

struct arith {
    int is_float, is_signed;
    long long size;
    enum CXTypeKind kind;
};

static int arithmetic(CXType t, struct arith *a) {
    t = clang_getCanonicalType(t);
    if (t.kind == CXType_Enum)
        t = clang_getCanonicalType(clang_getEnumDeclIntegerType(clang_getTypeDeclaration(t)));
    memset(a, 0, sizeof *a);
    a->kind = t.kind;
    a->size = clang_Type_getSizeOf(t);
    switch (t.kind) {
    case CXType_Float:
    case CXType_Double:
    case CXType_LongDouble:
        a->is_float = a->is_signed = 1;
        return 1;
    case CXType_Char_S:
    case CXType_SChar:
    case CXType_WChar:
    case CXType_Short:
    case CXType_Int:
    case CXType_Long:
    case CXType_LongLong:
    case CXType_Int128:
        a->is_signed = 1;
        return 1;
    case CXType_Bool:
    case CXType_Char_U:
    case CXType_UChar:
    case CXType_Char16:
    case CXType_Char32:
    case CXType_UShort:
    case CXType_UInt:
    case CXType_ULong:
    case CXType_ULongLong:
    case CXType_UInt128:
        return 1;
    default:
        return 0;
    }
}

const char *reduction_op_text(enum sm_reduction_op op) {
    static const char *const text[] = {
        [RED_ADD] = "+",   [RED_SUB] = "-",  [RED_MUL] = "*",   [RED_BAND] = "&",
        [RED_BOR] = "|",   [RED_BXOR] = "^", [RED_LAND] = "&&", [RED_LOR] = "||",
        [RED_MIN] = "min", [RED_MAX] = "max"};
    return text[op];
}

int reduction_type_ok(CXType t) {
    struct arith a;
    return arithmetic(t, &a);
}

static int is_bitwise(enum sm_reduction_op op) {
    return op == RED_BAND || op == RED_BOR || op == RED_BXOR;
}

int reduction_check(CXType t, enum sm_reduction_op op, const char *name, size_t offset) {
    struct arith a;
    int ok = arithmetic(t, &a);
    if (ok && !(a.is_float && is_bitwise(op)))
        return 0;
    CXString s = clang_getTypeSpelling(t);
    if (!ok)
        diag_error(offset, "reduction on '%s' variable '%s' is not supported", clang_getCString(s),
                   name);
    else
        diag_error(offset, "reduction '%s' needs an integer variable; '%s' is '%s'",
                   reduction_op_text(op), name, clang_getCString(s));
    clang_disposeString(s);
    return -1;
}

static const char *unsigned_of_size(long long size) {
    switch (size) {
    case 1:
        return "unsigned char";
    case 2:
        return "unsigned short";
    case 4:
        return "unsigned int";
    case 16:
        return "unsigned __int128";
    default:
        return "unsigned long long";
    }
}

static const char *infinity(enum CXTypeKind kind) {
    return kind == CXType_Float        ? "__builtin_inff()"
           : kind == CXType_LongDouble ? "__builtin_infl()"
                                       : "__builtin_inf()";
}

/* The largest (max) or smallest value of the type, from its size and
 * signedness. */
static char *limit(const struct arith *a, const char *name, int max) {
    struct sm_buf b = {0};
    if (a->is_float) {
        buf_printf(&b, "%s%s", max ? "" : "-", infinity(a->kind));
    } else if (!a->is_signed) {
        if (max)
            buf_printf(&b, "(__typeof__(%s))~(__typeof__(%s))0", name, name);
        else
            buf_puts(&b, "0");
    } else {
        const char *ut = unsigned_of_size(a->size);
        if (max)
            buf_printf(&b, "(__typeof__(%s))((%s)~(%s)0 >> 1)", name, ut, ut);
        else
            buf_printf(&b, "(__typeof__(%s))(-(__typeof__(%s))((%s)~(%s)0 >> 1) - 1)", name, name,
                       ut, ut);
    }
    return buf_take(&b);
}

static int is_bool(CXType t) {
    return clang_getCanonicalType(t).kind == CXType_Bool;
}

char *reduction_identity(CXType t, enum sm_reduction_op op, const char *name) {
    struct arith a;
    arithmetic(t, &a);
    if (is_bool(t)) /* ~ and the limits' shifts on _Bool draw warnings */
        return xstrdup(op == RED_MIN || op == RED_MUL || op == RED_LAND || op == RED_BAND ? "1"
                                                                                          : "0");
    switch (op) {
    case RED_MUL:
    case RED_LAND:
        return xstrdup("1");
    case RED_BAND: {
        struct sm_buf b = {0};
        buf_printf(&b, "(__typeof__(%s))~(__typeof__(%s))0", name, name);
        return buf_take(&b);
    }
    case RED_MIN:
        return limit(&a, name, 1);
    case RED_MAX:
        return limit(&a, name, 0);
    default:
        return xstrdup("0");
    }
}

void reduction_combine(struct sm_buf *b, CXType t, enum sm_reduction_op op, const char *dst,
                       const char *src) {
    if (op == RED_MUL && is_bool(t))
        op = RED_LAND; /* the same on _Bool, without -Wint-in-bool-context */
    switch (op) {
    case RED_LAND:
    case RED_LOR: /* != 0: a floating-point operand is no implicit conversion */
        buf_printf(b, "%s = (%s != 0) %s (%s != 0); ", dst, dst, reduction_op_text(op), src);
        break;
    case RED_MIN:
        buf_printf(b, "if (%s < %s) %s = %s; ", src, dst, dst, src);
        break;
    case RED_MAX:
        buf_printf(b, "if (%s > %s) %s = %s; ", src, dst, dst, src);
        break;
    case RED_SUB: /* partial results are summed, as in OpenMP */
        buf_printf(b, "%s = %s + %s; ", dst, dst, src);
        break;
    default:
        buf_printf(b, "%s = %s %s %s; ", dst, dst, reduction_op_text(op), src);
        break;
    }
}
