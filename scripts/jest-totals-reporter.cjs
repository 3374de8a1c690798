module.exports = class { onRunComplete(){} }
