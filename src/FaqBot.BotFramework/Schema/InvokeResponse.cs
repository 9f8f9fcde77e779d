using System.Text.Json;

namespace FaqBot.BotFramework.Schema;

/// <summary>
/// The result of an <c>invoke</c> activity: written as the HTTP status and JSON body of the
/// inbound request (Bot Builder carries it as the <c>value</c> of an <c>invokeResponse</c> activity).
/// </summary>
/// <param name="Status">HTTP status code to answer with.</param>
/// <param name="Body">JSON body, or null for an empty body.</param>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
