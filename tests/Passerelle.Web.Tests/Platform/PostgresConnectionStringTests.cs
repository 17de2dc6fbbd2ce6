using Npgsql;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Tests.Platform;

/// <summary>
/// Issue 17 item 7 (docs/ARCHITECTURE.md "Cost of a request"): pooled connections are not reset with a
/// <c>DISCARD ALL</c> at each open and frequent statements are prepared, unless the deployer's connection string
/// says otherwise.
/// </summary>
public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void ByDefault_NoResetOnClose_AndAutoPrepare()
    {
        var settings = new NpgsqlConnectionStringBuilder(DatabaseSetup.PostgresConnectionString("Host=db;Username=p;Database=passerelle"));
        Assert.True(settings.NoResetOnClose);
        Assert.Equal(200, settings.MaxAutoPrepare);
        Assert.Equal("db", settings.Host);
        Assert.Equal("passerelle", settings.Database);
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db;NoResetOnClose=false;MaxAutoPrepare=0")]
    public void WhatTheConnectionStringSays_Wins(string given)
    {
        var settings = new NpgsqlConnectionStringBuilder(DatabaseSetup.PostgresConnectionString(given));
        Assert.False(settings.NoResetOnClose);
        Assert.Equal(0, settings.MaxAutoPrepare);
    }
}
