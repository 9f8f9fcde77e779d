using FaqBot.Answers.Feedback;
using FaqBot.BotFramework.Auth;
using FaqBot.BotFramework.Connector;
using FaqBot.BotFramework.Messages;
using FaqBot.BotFramework.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework;

/// <summary>Registers and maps the Bot Framework channel (<c>POST /api/messages</c>).</summary>
public static class BotFrameworkExtensions
{
    internal const string ConnectorHttpClient = "FaqBot.BotFramework.Connector";
    internal const string TokenHttpClient = "FaqBot.BotFramework.Token";
    internal const string OpenIdHttpClient = "FaqBot.BotFramework.OpenId";

    /// <summary>
    /// Registers options (section "BotFramework", root credential keys, section "Feedback"), inbound
    /// authentication, the connector client, the feedback logs and <see cref="ITurnProcessor"/>.
    /// An <c>IQuestionAnswerer</c> must be registered by the host. Invalid credentials (for example
    /// MicrosoftAppType UserAssignedMSI) stop start-up with a message naming the key.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotFrameworkOptions>()
            .Bind(configuration.GetSection(BotFrameworkOptions.SectionName))
            .Validate(o => o.MaxRequestBodyBytes > 0, "BotFramework:MaxRequestBodyBytes must be positive.")
            .Validate(o => o.ReplyMaxAttempts >= 1, "BotFramework:ReplyMaxAttempts must be at least 1.")
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl) || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                "BotFramework:PublicBaseUrl must be an absolute URL.")
            .Validate(o => o.AllowedServiceUrls.All(u => Uri.TryCreate(u, UriKind.Absolute, out _)),
                "BotFramework:AllowedServiceUrls must hold absolute URLs.")
            .ValidateOnStart();
        services.AddOptions<BotCredentials>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotCredentials>, BotCredentialsValidator>();
        services.AddOptions<MessageLoggingOptions>().Bind(configuration.GetSection("Logging"));

        services.AddFeedback(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        AddHttpClients(services);

        services.AddSingleton<BotMetrics>();
        services.AddSingleton<BotAuthenticator>();
        services.AddSingleton<BotTokenProvider>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<ConnectorClient>();
        services.TryAddSingleton<IRecentAnswers, RecentAnswers>();
        services.AddSingleton<FeedbackRecorder>();
        services.AddSingleton<ITurnProcessor, TurnProcessor>();
        return services;
    }

    /// <summary>Maps <c>POST /api/messages</c>; other methods get 405 from routing.</summary>
    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", MessagesEndpoint.HandleAsync)
            .DisableAntiforgery()
            .WithName("BotFrameworkMessages");
        return endpoints;
    }

    private static void AddHttpClients(IServiceCollection services)
    {
        // No redirects: a serviceUrl or token endpoint must not bounce the bot's token elsewhere.
        static HttpMessageHandler Handler() => new SocketsHttpHandler { AllowAutoRedirect = false };
        static void Timeout(IServiceProvider sp, HttpClient client) =>
            client.Timeout = sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.HttpTimeout;

        services.AddHttpClient(ConnectorHttpClient, Timeout).ConfigurePrimaryHttpMessageHandler(Handler);
        services.AddHttpClient(TokenHttpClient, Timeout).ConfigurePrimaryHttpMessageHandler(Handler);
        services.AddHttpClient(OpenIdHttpClient, Timeout).ConfigurePrimaryHttpMessageHandler(Handler);
    }

    private sealed class BotCredentialsValidator : IValidateOptions<BotCredentials>
    {
        public ValidateOptionsResult Validate(string? name, BotCredentials options)
        {
            var errors = options.Validate();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
