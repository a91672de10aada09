using System.Reflection;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Campaign.Data.Postgres;

/// <summary>
/// Makes <c>EF.Functions.Like</c> case-insensitive on PostgreSQL (<c>lower(x) LIKE lower(p)</c>), as SQLite's LIKE is, so
/// any search written with it finds "smith" in "Smith" on both providers. Plugins are asked before the provider's translators.
/// </summary>
internal sealed class CaseInsensitiveLikeTranslator(ISqlExpressionFactory sql) : IMethodCallTranslator
{
    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;

    private static readonly MethodInfo LikeWithEscape = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    public SqlExpression? Translate(SqlExpression? instance, MethodInfo method, IReadOnlyList<SqlExpression> arguments, IDiagnosticsLogger<DbLoggerCategory.Query> logger)
    {
        if (method != Like && method != LikeWithEscape) return null;
        var mapping = arguments[1].TypeMapping ?? arguments[2].TypeMapping;
        var match = sql.ApplyTypeMapping(arguments[1], mapping);
        var pattern = sql.ApplyTypeMapping(arguments[2], mapping);
        var escape = method == LikeWithEscape ? sql.ApplyTypeMapping(arguments[3], mapping) : null;
        return sql.Like(Lower(match), Lower(pattern), escape);
    }

    private SqlExpression Lower(SqlExpression text) =>
        sql.Function("lower", [text], nullable: true, argumentsPropagateNullability: [true], typeof(string), text.TypeMapping);
}
