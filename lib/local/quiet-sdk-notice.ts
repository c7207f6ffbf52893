/**
 * The AWS SDK warns on Node 20 that its releases from 2027 will need Node 22. Lambda runs this project on
 * Node 22; Node 20 is a supported local runtime (package.json engines), so on the local stack the notice is
 * noise in the first lines a newcomer reads. Imported first by the local entry points; an explicit setting
 * in the environment wins.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
