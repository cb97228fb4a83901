using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Data;

namespace Portal.Tests.Integration;

/// <summary>Signs in over HTTP through the real login form, as a browser would: token from the page, cookie kept by the client.</summary>
public static partial class SignIn
{
    public static HttpClient AnonymousClient(this PortalAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignedInClientAsync(this PortalAppFactory factory, string email, string password = DemoUsers.Password)
    {
        var client = factory.AnonymousClient();
        var response = await client.SubmitLoginAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {email} did not redirect (status {(int)response.StatusCode}).");
        return client;
    }

    public static async Task<HttpResponseMessage> SubmitLoginAsync(this HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/login");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HiddenInput(form, "__RequestVerificationToken"),
            ["_handler"] = HiddenInput(form, "_handler"),
            [InputName(form, "email")] = email,
            [InputName(form, "password")] = password,
        };
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(fields));
    }

    /// <summary>Path and query of a redirect's target, whether the app sent it absolute or relative.</summary>
    public static string LocationPath(this HttpResponseMessage response) =>
        new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery;

    /// <summary>The value of a form's hidden input, such as its antiforgery token.</summary>
    public static string HiddenInput(string html, string name)
    {
        var input = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>");
        Assert.True(input.Success, $"The form has no hidden input named {name}.");
        return WebUtility.HtmlDecode(ValueAttribute().Match(input.Value).Groups[1].Value);
    }

    /// <summary>The name the form gives the input with this id, e.g. "Input.Email".</summary>
    public static string InputName(string html, string id)
    {
        var input = Regex.Match(html, $"<input[^>]*id=\"{Regex.Escape(id)}\"[^>]*>");
        Assert.True(input.Success, $"The form has no input with id {id}.");
        return NameAttribute().Match(input.Value).Groups[1].Value;
    }

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("name=\"([^\"]*)\"")]
    private static partial Regex NameAttribute();
}
