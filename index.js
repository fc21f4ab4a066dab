// Zapier loads the app from package.json "main"; the TypeScript build lives in dist/.
module.exports = require('./dist/index.js').default;
