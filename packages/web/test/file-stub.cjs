// Stands in for stylesheets and images imported by components under Jest.
module.exports = {};
