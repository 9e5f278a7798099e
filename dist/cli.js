#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar6 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection3(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar6(node) || isCollection3(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection3;
    exports.isDocument = isDocument;
    exports.isMap = isMap5;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar6;
    exports.isSeq = isSeq5;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path4) {
      const ctrl = callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visit_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = visit_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path4) {
      const ctrl = await callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visitAsync_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path4) {
      if (typeof visitor === "function")
        return visitor(key, node, path4);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path4);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path4);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path4);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path4);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path4);
      return void 0;
    }
    function replaceNode(key, path4, node) {
      const parent = path4[path4.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix2] = parts;
            this.tags[handle] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix2] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix2}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix2, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj2, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj2, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema2, path4, value) {
      let v = value;
      for (let i = path4.length - 1; i >= 0; --i) {
        const k = path4[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path4) => path4 == null || typeof path4 === "object" && !!path4[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type2, schema2) {
        super(type2);
        Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path4, value) {
        if (isEmptyPath(path4))
          this.add(value);
        else {
          const [key, ...rest] = path4;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        const [key, ...rest] = path4;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        const [key, ...rest] = path4;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str3) => str3.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str3, indent, comment) => str3.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str3.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str3) => /^(%|---|\.\.\.)/m.test(str3);
    function lineLengthOverLimit(str3, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str3.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str3[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str3 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str3 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str3 += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str3 += "\\0";
                    break;
                  case "0007":
                    str3 += "\\a";
                    break;
                  case "000b":
                    str3 += "\\v";
                    break;
                  case "001b":
                    str3 += "\\e";
                    break;
                  case "0085":
                    str3 += "\\N";
                    break;
                  case "00a0":
                    str3 += "\\_";
                    break;
                  case "2028":
                    str3 += "\\L";
                    break;
                  case "2029":
                    str3 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str3 += "\\x" + code.substr(2);
                    else
                      str3 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str3 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str3 += "\n";
                  i += 2;
                }
                str3 += indent;
                if (json2[i + 2] === " ")
                  str3 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str3 = start ? str3 + json2.slice(start) : json2;
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar2.Scalar.BLOCK_FOLDED ? false : type2 === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type2 !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type: type2, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type2 !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str3 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str3);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type: type2 } = item;
      if (type2 !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type2 = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type2);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity.isScalar(item)) {
        obj2 = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj2));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str3 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str3;
      return identity.isScalar(node) || str3[0] === "{" || str3[0] === "[" ? `${props} ${str3}` : `${props}
${ctx.indent}${str3}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str3 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str3.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str3 === "" ? "?" : explicitKey ? `? ${str3}` : str3;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str3 = `? ${str3}`;
        if (keyComment && !keyCommentDone) {
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str3;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        str3 = `? ${str3}
${indent}:`;
      } else {
        str3 = `${str3}:`;
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str3.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str3 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str3;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema2);
        if (identity.isNode(value))
          value = value.clone(schema2);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str4 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str4);
      }
      let str3;
      if (lines.length === 0) {
        str3 = flowChars.start + flowChars.end;
      } else {
        str3 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str3 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str3 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str3;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str3 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str3.includes("\n"));
        if (i < items.length - 1) {
          str3 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str3.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str3 += ",";
          }
        }
        if (comment)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment));
        lines.push(str3);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str3 = start;
          for (const line of lines)
            str3 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str3}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema2);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj2 instanceof Map) {
          for (const [key, value] of obj2)
            add(key, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key of Object.keys(obj2))
            add(key, obj2[key]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map2.items.sort(schema2.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type2) {
        const map2 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema2, obj2, ctx) => YAMLMap.YAMLMap.from(schema2, obj2, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema2, obj2, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema2);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema2, obj2, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj2, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str3) => str3,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str3) => new Scalar2.Scalar(str3[0] === "t" || str3[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str3) {
        const node = new Scalar2.Scalar(parseFloat(str3));
        const dot = str3.indexOf(".");
        if (dot !== -1 && str3[str3.length - 1] === "0")
          node.minFractionDigits = str3.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str3, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map2 = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str3) => str3,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str3) => str3 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str3, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str3) => parseFloat(str3),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str3, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str3)}`);
        return str3;
      }
    };
    var schema2 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str3 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str3.length);
          for (let i = 0; i < str3.length; ++i)
            buffer[i] = str3.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str3;
        if (typeof node_buffer.Buffer === "function") {
          str3 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str3 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type2 ?? (type2 = Scalar2.Scalar.BLOCK_LITERAL);
        if (type2 !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str3.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str3.substr(o, lineWidth);
          }
          str3 = lines.join(type2 === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str3 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema2);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema2, iterable, ctx);
        const omap3 = new this();
        omap3.items = pairs$1.items;
        return omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs2.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str3) {
        const node = new Scalar2.Scalar(parseFloat(str3.replace(/_/g, "")));
        const dot = str3.indexOf(".");
        if (dot !== -1) {
          const f = str3.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str3, offset, radix, { intAsBigInt }) {
      const sign = str3[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str3 = str3.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str3 = `0b${str3}`;
            break;
          case 8:
            str3 = `0o${str3}`;
            break;
          case 16:
            str3 = `0x${str3}`;
            break;
        }
        const n2 = BigInt(str3);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str3, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str3 = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str3.substr(1) : prefix2 + str3;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str3, asBigInt) {
      const sign = str3[0];
      const parts = sign === "-" || sign === "+" ? str3.substring(1) : str3;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str3, _onError, { intAsBigInt }) => parseSexagesimal(str3, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str3) => parseSexagesimal(str3, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str3) {
        const match2 = str3.match(timestamp2.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float2 = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary2.binary,
      merge2.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map2.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null2.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema2 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema2 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path4, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path4, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        if (Collection.isEmptyPath(path4)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path4) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        if (Collection.isEmptyPath(path4))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path4, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path4) {
        if (Collection.isEmptyPath(path4))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path4) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        if (Collection.isEmptyPath(path4)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path4), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path4, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message2) {
        super();
        this.name = name;
        this.code = code;
        this.message = message2;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLParseError", pos, code, message2);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLWarning", pos, code, message2);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map2.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map2.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap5 = fc.start.source === "{";
      const fcName = isMap5 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap5 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap5 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap5 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap5 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap5) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair2);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap5 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message2 = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message2);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type2 = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message2 = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message2);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message2 = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message2);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message2 = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message2);
          indent = "";
        }
        if (type2 === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type: type2, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message2 = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message2);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message2 = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message2);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type: type2, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep2 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type: type2, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type2)
        scalar.type = type2;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema2.knownTags[tagName];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema2[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message2 = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message2);
          }
          break;
        default: {
          const message2 = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message2);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message2, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message2));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message2));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message2, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message2, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message2) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message2);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message2);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type: type2 = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type: type2 } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: type2, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path4) => {
      let item = cst;
      for (const [field, index] of path4) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path4) => {
      const parent = visit.itemAtPath(cst, path4.slice(0, -1));
      const field = path4[path4.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path4, item, visitor) {
      let ctrl = visitor(item, path4);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path4.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path4);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path4) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection3 = (token) => !!token && "items" in token;
    var isScalar6 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection3;
    exports.isScalar = isScalar6;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter5 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter5;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type2) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type2)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type2 = cst.tokenType(source);
        if (!type2) {
          const message2 = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message: message2, source });
          this.offset += source.length;
        } else if (type2 === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type2;
          yield* this.step();
          switch (type2) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message2 = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message: message2 };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema2 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema2.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/cli.ts
import { existsSync, mkdirSync, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import path3 from "node:path";

// src/config/config.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/detect/base64.ts
function decodeBase64Bytes(value) {
  const compact = value.replace(/[\r\n]/g, "");
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(compact)) return void 0;
  return Buffer.from(compact, "base64");
}
function decodeBase64(value) {
  return decodeBase64Bytes(value)?.toString("utf8");
}
function isText(bytes) {
  const text2 = bytes.toString("utf8");
  if (text2.includes("\uFFFD") && !bytes.includes(Buffer.from("\uFFFD"))) return false;
  return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text2);
}

// src/detect/embedded.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_PARSE_BYTES = 512 * 1024;
function parseEmbedded(text2) {
  const t = text2.trim();
  if (t.length > MAX_PARSE_BYTES) return void 0;
  const multiLine2 = t.includes("\n");
  if (t.startsWith("{") && t.endsWith("}")) {
    const json2 = parseJson(text2);
    if (json2) return json2;
  }
  if (!multiLine2) return void 0;
  if (t.startsWith("-----BEGIN")) return void 0;
  if (!t.includes("{{") && /^[\w"'.-][^\n]*:(?:\s|$)/m.test(t)) {
    const yaml2 = parseYaml(text2);
    if (yaml2) return yaml2;
  }
  const entries = parseKeyValueLines(text2);
  return entries ? { format: "properties", entries, encrypted: false } : void 0;
}
function parseJson(text2) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch {
    return void 0;
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return void 0;
  const entries = [];
  let starts;
  const lines = () => starts ??= lineStarts(text2);
  const walk2 = (v, path4) => {
    if (Array.isArray(v)) v.forEach((x) => walk2(x, path4));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk2(x, [...path4, k]);
    else if (typeof v === "string" && path4.length > 0) {
      const key = path4[path4.length - 1];
      entries.push({
        key,
        path: path4,
        value: v,
        get line() {
          return jsonLine(text2, lines, key, v);
        }
      });
    }
  };
  walk2(value, []);
  return { format: "json", entries, encrypted: "sops" in value };
}
function lineStarts(text2) {
  const starts = [0];
  for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function jsonLine(text2, lineStartsOf, key, value) {
  const starts = lineStartsOf();
  if (starts.length === 1) return 0;
  const k = JSON.stringify(key);
  const v = JSON.stringify(value).slice(0, 24);
  let first = -1;
  for (let i = text2.indexOf(k); i >= 0; i = text2.indexOf(k, i + 1)) {
    if (first < 0) first = i;
    const after = text2.slice(i + k.length, i + k.length + 8 + v.length).replace(/^\s*:\s*/, "");
    if (after.startsWith(v)) return lineAt(starts, i);
  }
  return first < 0 ? 0 : lineAt(starts, first);
}
function parseYaml(text2) {
  const counter = new import_yaml.LineCounter();
  let docs;
  try {
    docs = (0, import_yaml.parseAllDocuments)(text2, { schema: "failsafe", lineCounter: counter, uniqueKeys: false, strict: false });
  } catch {
    return void 0;
  }
  if (!Array.isArray(docs) || docs.length === 0) return void 0;
  const entries = [];
  let encrypted = false;
  let sawMap = false;
  for (const doc of docs) {
    if (doc.errors.length > 0) return void 0;
    if (!(0, import_yaml.isMap)(doc.contents)) continue;
    sawMap = true;
    if (doc.contents.items.some((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "sops")) encrypted = true;
    const walk2 = (node, path4) => {
      if ((0, import_yaml.isMap)(node)) {
        for (const pair2 of node.items) {
          if (!(0, import_yaml.isPair)(pair2) || !(0, import_yaml.isScalar)(pair2.key)) continue;
          const key = String(pair2.key.value);
          const value = pair2.value;
          if ((0, import_yaml.isScalar)(value) && typeof value.value === "string") {
            const offset = value.range?.[0] ?? pair2.key.range?.[0] ?? 0;
            entries.push({ key, path: [...path4, key], value: value.value, line: counter.linePos(offset).line - 1 });
          } else walk2(value, [...path4, key]);
        }
      } else if ((0, import_yaml.isSeq)(node)) {
        for (const item of node.items) walk2(item, path4);
      }
    };
    walk2(doc.contents, []);
  }
  return sawMap ? { format: "yaml", entries, encrypted } : void 0;
}
var KEY_VALUE_LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.\-/[\]]{0,200})\s*([=:])\s?(.*)$/;
function parseKeyValueLines(text2, { minShare = 0.6, colon = true } = {}) {
  const entries = [];
  let meaningful = 0;
  const lines = text2.split("\n");
  let section;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    const t = line.trim();
    if (t === "" || /^(?:#|;|!|\/\/)/.test(t)) return;
    const header = /^\[\[?([^\]]+)\]\]?$/.exec(t);
    if (header) {
      section = header[1].trim();
      return;
    }
    meaningful++;
    const m = KEY_VALUE_LINE.exec(line);
    if (!m || !colon && m[2] === ":") return;
    const key = m[1];
    const value = unquote(m[3]);
    entries.push({ key, path: section ? [section, key] : [key], value, line: i });
  });
  if (entries.length === 0 || entries.length < meaningful * minShare) return void 0;
  return entries;
}
function unquote(raw) {
  const v = raw.trim();
  const q = /^(["'])(.*)\1$/.exec(v);
  if (q) return q[2];
  if (/^["']/.test(v)) {
    const close = v.indexOf(v[0], 1);
    if (close > 0) return v.slice(1, close);
  }
  const hash = v.search(/\s#/);
  return hash >= 0 && !v.includes("\n", hash + 1) ? v.slice(0, hash).trimEnd() : v;
}

// src/detect/keys.ts
var STRONG_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "passwords",
  "pwd",
  "pass",
  "passphrase",
  "secret",
  "token",
  "apikey",
  "accesskey",
  "privatekey",
  "secretkey",
  "accountkey",
  "masterkey",
  "signingkey",
  "encryptionkey",
  "authkey",
  "credential",
  "credentials",
  "creds",
  "dsn",
  "privkey",
  "pat",
  "bearer",
  "htpasswd",
  "jwt",
  "otp"
]);
var STRONG_SUFFIX = /(?:password|passwd|passphrase|secret|token|apikey|accesskey|privatekey|secretkey|accountkey|masterkey|signingkey|encryptionkey|authkey|credentials?)$/;
var STRONG_PAIRS = /* @__PURE__ */ new Set([
  "api key",
  "access key",
  "private key",
  "secret key",
  "signing key",
  "encryption key",
  "master key",
  "account key",
  "license key",
  "shared key",
  "auth key",
  "session key",
  "hmac key",
  "jwt key",
  "app key",
  "service key",
  "storage key",
  "id rsa",
  "id dsa",
  "id ecdsa",
  "id ed25519",
  "secret access",
  "client key",
  "admin key",
  "root key",
  "sas key"
]);
var WEAK_WORDS = /* @__PURE__ */ new Set(["key", "auth", "cookie", "salt", "identity", "sig", "signature", "hmac", "seed", "nonce"]);
var NOT_SECRET_KEY = /^(?:user(?:name)?|login|host(?:name)?|port|database|db|region|endpoint|sslmode|ca\.crt|tls\.crt|ca\.pem|cert\.pem|known_hosts|ssh-publickey|.*\.pub|.*\.crt|.*\.cer|namespace)$/i;
var QUALIFIER_WORDS = /* @__PURE__ */ new Set([
  "file",
  "files",
  "path",
  "paths",
  "dir",
  "directory",
  "folder",
  "mount",
  "location",
  "id",
  "ids",
  "url",
  "urls",
  "uri",
  "uris",
  "endpoint",
  "name",
  "names",
  "ref",
  "reference",
  "selector",
  "header",
  "type",
  "kind",
  "length",
  "len",
  "size",
  "ttl",
  "expiry",
  "expiration",
  "expires",
  "timeout",
  "lifetime",
  "duration",
  "interval",
  "enabled",
  "enable",
  "disabled",
  "required",
  "mode",
  "policy",
  "format",
  "algorithm",
  "alg",
  "method",
  "provider",
  "issuer",
  "audience",
  "scope",
  "scopes",
  "groups",
  "group",
  "field",
  "fields",
  "prefix",
  "suffix",
  "version",
  "count",
  "max",
  "min",
  "limit",
  "tokens",
  "tickets",
  "model",
  "window",
  "cache",
  "strategy",
  "rotation",
  "store",
  "manager",
  "backend",
  "class",
  "template",
  "hash",
  "hashed",
  "digest",
  "checksum",
  "sha",
  "sha1",
  "sha256",
  "fingerprint",
  "user",
  "username",
  "users",
  "owner",
  "email",
  "label",
  "labels",
  "annotation",
  "annotations",
  "namespace",
  "key_ref",
  "keyref",
  "secretref",
  "host",
  "port",
  "server",
  "generate",
  "generated",
  "source",
  "from",
  "env",
  "var",
  "variable",
  "arn",
  "uid",
  "sid",
  "usage",
  "reset",
  "signin",
  "login",
  "type",
  "validation",
  "rules",
  "regex",
  "pattern",
  "location",
  "config",
  "configuration",
  "settings",
  "options",
  "version",
  "image",
  "volume",
  "mountpath",
  "keys",
  "description",
  "help",
  "doc",
  "docs",
  "text",
  "label",
  "title",
  "placeholder",
  "schema",
  "cert",
  "certificate",
  "crt",
  "pub",
  "public",
  "publickey",
  "exists",
  "existing",
  "create",
  "created",
  "kms",
  "vault"
]);
var REFERENCE_KEY = /^(?:secretName|secretRef|secretKeyRef|secretKey|existingSecret\w*|\w*SecretRef|\w*SecretName|\w*SecretKeyRef|passwordKey|\w*PasswordKey|userKey|tokenKey|\w*TokenKey|secretStoreRef|remoteRef|keySecret)$/;
function keyWords(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function keyStrength(key) {
  if (NOT_SECRET_KEY.test(key)) return "none";
  const words = keyWords(key);
  let strength = "none";
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (STRONG_WORDS.has(w) || w.length > 6 && STRONG_SUFFIX.test(w)) return "strong";
    if (i + 1 < words.length && STRONG_PAIRS.has(`${w} ${words[i + 1]}`)) return "strong";
    if (WEAK_WORDS.has(w)) strength = "weak";
  }
  if (/\.key$|^key\.pem$|\.p8$/i.test(key)) return "strong";
  return strength;
}
function isCredentialKey(key) {
  return keyStrength(key) !== "none";
}
function isReferenceKey(key) {
  if (REFERENCE_KEY.test(key)) return true;
  const words = keyWords(key);
  const last = words[words.length - 1];
  if (last === void 0) return false;
  if (QUALIFIER_WORDS.has(last)) return true;
  const tail = words.slice(-2).join(" ");
  return tail === "key ref" || tail === "secret name" || tail === "secret ref" || tail === "key name";
}
var QUALIFIERS = /* @__PURE__ */ new Set(["value", "val", "base", "b64", "base64", "plain", "plaintext", "raw", "data", "prod", "production", "dev", "staging", "test", "old", "new", "current", "previous", "next", "primary", "secondary"]);
var CREDENTIAL_TAILS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pwd",
  "pass",
  "passphrase",
  "pw",
  "secret",
  "token",
  "apikey",
  "credential",
  "credentials",
  "creds",
  "auth",
  "dsn",
  "key",
  "privatekey",
  "accesskey",
  "secretkey",
  "cookie"
]);
function hasCredentialTail(key) {
  const words = keyWords(key);
  while (words.length > 1 && (QUALIFIERS.has(words[words.length - 1]) || /^v?\d+$/.test(words[words.length - 1]))) words.pop();
  const last = words[words.length - 1] ?? "";
  if (last === "string") return words[words.length - 2] === "connection";
  return CREDENTIAL_TAILS.has(last) || /(?:password|passwd|secret|token|apikey|accesskey|privatekey)$/.test(last);
}

// src/detect/placeholders.ts
var FILL_IN_WORDS = /* @__PURE__ */ new Set([
  "changeme",
  "change-me",
  "change_me",
  "change me",
  "replace_me",
  "replace-me",
  "replaceme",
  "todo",
  "tbd",
  "fixme",
  "placeholder",
  "example",
  "dummy",
  "value",
  "none",
  "null",
  "nil",
  "undefined",
  "redacted",
  "secret-value",
  "your-secret",
  "xxx",
  "n/a",
  "na",
  "-",
  "...",
  "\u2026",
  "tobereplaced",
  "to-be-replaced",
  "notset",
  "not-set",
  "unset",
  "empty",
  "sample",
  "fake",
  "mock",
  "override",
  "overridden",
  "required",
  "set-me",
  "setme",
  "fill-me",
  "fillme",
  "insert",
  "secret-here"
]);
var MARKER_WORDS = /* @__PURE__ */ new Set([
  "changeme",
  "change",
  "replace",
  "replaceme",
  "placeholder",
  "todo",
  "tbd",
  "fixme",
  "your",
  "yours",
  "insert",
  "enter",
  "here",
  "example",
  "dummy",
  "redacted",
  "fillme",
  "fill",
  "setme",
  "sample",
  "xxx",
  "xxxx",
  "tobereplaced",
  "goes",
  "some"
]);
var PHRASE_WORDS = /* @__PURE__ */ new Set([
  ...MARKER_WORDS,
  "me",
  "with",
  "the",
  "a",
  "an",
  "of",
  "in",
  "to",
  "be",
  "it",
  "this",
  "my",
  "own",
  "real",
  "actual",
  "value",
  "secret",
  "secrets",
  "password",
  "passwd",
  "pass",
  "token",
  "key",
  "api",
  "apikey",
  "access",
  "private",
  "client",
  "id",
  "base64",
  "b64",
  "encoded",
  "cert",
  "certificate",
  "pem",
  "user",
  "username",
  "auth",
  "account",
  "storage",
  "app",
  "admin",
  "db",
  "database",
  "webhook",
  "url",
  "bot",
  "cookie",
  "session",
  "signing",
  "jwt",
  "oauth",
  "string",
  "data",
  "your-own",
  "new",
  "strong",
  "random",
  "generated",
  "some",
  "any",
  "put",
  "set",
  "add",
  "provide",
  "paste",
  "copy",
  "credentials",
  "credential",
  "connection",
  "and",
  "or",
  "for",
  "from",
  "goes",
  "should",
  "must",
  "at",
  "least",
  "characters",
  "chars",
  "long",
  "very",
  "super",
  "hex",
  "huggingface",
  "github",
  "gitlab",
  "slack",
  "aws",
  "gcp",
  "azure",
  "openai",
  "stripe",
  "npm",
  "registry",
  "docker",
  "smtp",
  "ldap",
  "redis",
  "postgres",
  "mysql",
  "mongo",
  "minio",
  "service",
  "sa",
  "json"
]);
var CAPS_STAND_IN = /(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|API|YOUR|CHANGEME|REPLACE|VALUE|HERE|CREDENTIALS?)$/;
function isPlaceholder(value, key = "") {
  const v = value.trim().replace(/^(["'])(.*)\1$/s, "$2").trim();
  if (v === "") return true;
  const lower = v.toLowerCase();
  if (FILL_IN_WORDS.has(lower)) return true;
  const unpadded = withoutTrailingRun(lower);
  if (unpadded !== void 0 && FILL_IN_WORDS.has(unpadded)) return true;
  if (isSubstitution(v)) return true;
  if (/^(.)\1+$/s.test(v)) return true;
  if (/^\*\*.*\*\*$/s.test(v) || /^_{2}[A-Za-z0-9_]+_{2}$/.test(v)) return true;
  if (/^(?:your|insert|enter|put|paste|replace|fill)(?:[-_ ]|[a-z]+$)/i.test(v) || /[-_ ](?:here|goes[-_ ]here)$/i.test(v)) {
    if (!/\d/.test(v.replace(/base64|b64|sha256|\d+\s*char/gi, ""))) return true;
  }
  if (v.length <= 60 && /^(?:your|my|the)[-_]?(?:[a-z]+[-_]?){0,4}(?:password|passwd|pass|secret|token|key|apikey)$/i.test(v)) return true;
  if (/(?:EXAMPLE|EXAMPLEKEY|_EXAMPLE)$/.test(v) || /^wJalrXUtnFEMI\/K7MDENG\/bPxRfiCY/.test(v)) return true;
  if (isSecretStoreReference(v)) return true;
  if (isFillInPhrase(v) || isGluedFillIn(lower)) return true;
  if (key && !isWeakDefault(lower) && keyWords(key).some((_, i, words) => words.slice(i).join("") === lower.replace(/[-_.\s]/g, ""))) return true;
  if (isCapsStandIn(v, key)) return true;
  if (/(?:x{6,}|X{6,}|\*{4,}|\.{3,}|…|0{12,})/.test(v)) return true;
  return false;
}
function isSubstitution(value) {
  const v = value.trim();
  if (/^\{[A-Z][A-Z0-9_]*\}$/.test(v)) return true;
  if (/^\$\{[^}]*\}$|^\$\([^)]*\)$|^\{\{.*\}\}$|^%[A-Za-z0-9_]+%$|^<[^<>]*>$|^\$[A-Za-z_][A-Za-z0-9_]*$|^#\{[^}]*\}$|^\(\([^)]*\)\)$/s.test(v)) return true;
  if (/^\$[A-Za-z_][A-Za-z0-9_]*\s/.test(v)) return true;
  return v.length < 300 && /\$\{[^}]+\}|\{\{[^}]*\}\}|\$\([A-Za-z_][A-Za-z0-9_]*\)|<%[^%]*%>/.test(v);
}
function isSecretStoreReference(value) {
  const v = value.trim();
  return /^(?:ENC\[[A-Z0-9_]+,|vault:|ref\+[a-z]+:|arn:aws[a-z-]*:|projects\/[^/\s]+\/secrets\/|secretsmanager:|azurekeyvault:|akv:|op:\/\/|bws:|doppler:|sm:\/\/|gcpsm:|awssm:)/.test(v);
}
function isFillInPhrase(v) {
  if (v.length > 80) return false;
  const words = v.toLowerCase().split(/[\s\-_.*]+/).filter(Boolean);
  if (words.length === 0 || !words.some((w) => MARKER_WORDS.has(w))) return false;
  return words.every((w) => PHRASE_WORDS.has(w));
}
function isGluedFillIn(lower) {
  if (lower.length > 40 || !/^[a-z]+$/.test(lower)) return false;
  const best = [{ marker: false }];
  for (let i = 1; i <= lower.length; i++) {
    for (let j = Math.max(0, i - 14); j < i; j++) {
      const prev = best[j];
      const word = lower.slice(j, i);
      if (!prev || word.length < 2 || !PHRASE_WORDS.has(word)) continue;
      const marker = prev.marker || MARKER_WORDS.has(word);
      if (!best[i] || marker && !best[i].marker) best[i] = { marker };
    }
  }
  return best[lower.length]?.marker === true;
}
function isCapsStandIn(v, key) {
  const body = v.replace(/^[a-z0-9]{1,10}[-_]/, "");
  if (body !== v && /^[A-Z]{0,12}(?:KEY|TOKEN|SECRET|PASSWORD)[A-Z]{0,12}$/.test(body)) return true;
  if (/^[A-Z][A-Z_]*$/.test(body) && body.length <= 32 && CAPS_STAND_IN.test(body)) return true;
  if (!/^[A-Z][A-Z0-9_]*$/.test(body)) return false;
  const words = keyWords(key).map((w) => w.toUpperCase());
  for (let i = 0; i < words.length; i++) if (words.slice(i).join("_") === body) return true;
  const whole = words.join("_");
  return whole !== "" && (body.startsWith(whole + "_") || body.endsWith("_" + whole));
}
var WEAK_DEFAULTS = /* @__PURE__ */ new Set([
  "password",
  "passw0rd",
  "p@ssw0rd",
  "p@ssword",
  "password1",
  "password123",
  "pass",
  "pass123",
  "admin",
  "admin123",
  "administrator",
  "root",
  "toor",
  "secret",
  "test",
  "test123",
  "testing",
  "guest",
  "postgres",
  "mysql",
  "mariadb",
  "mongo",
  "mongodb",
  "minio",
  "minio123",
  "minioadmin",
  "miniostorage",
  "123456",
  "1234",
  "12345",
  "12345678",
  "123456789",
  "qwerty",
  "letmein",
  "welcome",
  "default",
  "user",
  "demo",
  "rabbitmq",
  "redis",
  "elastic",
  "changeit",
  "changeit123",
  "prom-operator",
  "grafana",
  "kibana",
  "jenkins",
  "airflow",
  "keycloak",
  "neo4j",
  "oracle",
  "sa",
  "abc123",
  "foobar",
  "foo",
  "bar",
  "secret123",
  "supersecret",
  "mysecretpassword",
  "pwd",
  "temp",
  "sonar",
  "harbor12345",
  "argo",
  "password!",
  "admin@123",
  "root123",
  "ubuntu",
  "vagrant",
  "openshift",
  "developer",
  "nexus"
]);
function isWeakDefault(value) {
  return WEAK_DEFAULTS.has(value.trim().toLowerCase());
}
function withoutTrailingRun(s) {
  let i = s.length - 1;
  while (i > 0 && s[i - 1] === s[s.length - 1]) i--;
  return s.length - i >= 4 ? s.slice(0, i) : void 0;
}

// src/detect/formats.ts
function realPemBody(body) {
  const lines = body.replace(/\\r|\\n/g, "\n").split(/\r?\n/);
  const material = lines.filter((l) => !/^\s*[A-Za-z-]+:\s/.test(l) && !/^\s*=[A-Za-z0-9+/]{4}\s*$/.test(l)).join("").replace(/[\s"',]/g, "");
  if (material.length < 16 || !/^[A-Za-z0-9+/=]+$/.test(material)) return false;
  let end = material.length;
  while (end > 0 && material[end - 1] === "=") end--;
  return !/^(.)\1+$/.test(material.slice(0, end)) && !/x{6,}|X{6,}|\.{3}/.test(body);
}
function realTokenBody(body) {
  if (/x{6,}|X{6,}|\*{3,}|\.{3}|0{10,}|EXAMPLE/.test(body)) return false;
  return new Set(body).size > 2;
}
var CREDENTIAL_FORMATS = [
  {
    name: "private key",
    pattern: /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----([\s\S]{0,40000}?)-----END /g,
    valid: (m) => realPemBody(m[2]),
    describe: (m) => {
      const label = m[1].trim();
      if (label === "OPENSSH") return "OpenSSH private key";
      if (label === "PGP") return "PGP private key";
      if (label === "ENCRYPTED") return "encrypted private key";
      return label ? `${label} private key` : "private key";
    }
  },
  { name: "PuTTY private key", pattern: /PuTTY-User-Key-File-\d: [a-z0-9-]+\s/g },
  { name: "age secret key", pattern: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/g },
  { name: "AWS access key id", pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g, body: (m) => m[0].slice(4) },
  { name: "GitHub token", pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}\b|\bgithub_pat_[A-Za-z0-9_]{50,255}\b/g, body: (m) => m[0].slice(4) },
  { name: "GitLab token", pattern: /\b(?:glpat|gldt|glptt|glrt|glcbt|glsoat|glft|glimt)-[A-Za-z0-9_-]{20,}|\bGR1348941[A-Za-z0-9_-]{20,}/g, body: (m) => m[0].slice(6) },
  { name: "Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}|\bxapp-\d-[A-Z0-9]{9,}-\d{6,}-[a-f0-9]{32,}/g, body: (m) => m[0].slice(5) },
  { name: "Slack webhook", pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows)\/T[A-Z0-9]{6,}\/[A-Z0-9]{6,}\/[A-Za-z0-9]{20,}/g, body: (m) => m[0].slice(-24) },
  { name: "Stripe key", pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}\b|\bwhsec_[A-Za-z0-9]{24,}\b/g, body: (m) => m[0].slice(8) },
  { name: "npm token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g, body: (m) => m[0].slice(4) },
  {
    name: "OpenAI-style API key",
    pattern: /\bsk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_-]{32,}/g,
    body: (m) => m[0].replace(/^sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?/, ""),
    valid: (m) => /[A-Z]/.test(m[0]) && /[a-z]/.test(m[0].slice(3)) && /\d/.test(m[0])
  },
  { name: "Hugging Face token", pattern: /\bhf_[A-Za-z0-9]{34,}\b/g, body: (m) => m[0].slice(3) },
  { name: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g, body: (m) => m[0].slice(4) },
  { name: "SendGrid API key", pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g },
  { name: "DigitalOcean token", pattern: /\bdo[opr]_v1_[a-f0-9]{64}\b/g },
  { name: "Databricks token", pattern: /\bdapi[a-f0-9]{32}(?:-\d)?\b/g },
  { name: "PyPI token", pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/g, body: (m) => m[0].slice(20) },
  { name: "Shopify token", pattern: /\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b/g, body: (m) => m[0].slice(6) },
  { name: "Telegram bot token", pattern: /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/g },
  { name: "Azure storage account key", pattern: /\bAccountKey=([A-Za-z0-9+/]{86}==)/g, body: (m) => m[1] },
  { name: "Azure shared access key", pattern: /\bSharedAccessKey=([A-Za-z0-9+/]{42,44}=?)/g, body: (m) => m[1] },
  { name: "Azure SAS token", pattern: /[?&]sig=([A-Za-z0-9%+/]{40,}={0,2})(?:&|$)/g, body: (m) => m[1], valid: (m) => /[?&]s[vpr]=/.test(m.input) },
  {
    name: "JSON web token",
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
    body: (m) => m[0].split(".")[2] ?? ""
  }
];
var MAYBE_FORMAT = /-----BEGIN|PuTTY-User|AGE-SECRET|A(?:KI|SI|BI|CC)A|gh[pousr]_|github_pat_|gl(?:pat|dt|ptt|rt|cbt|soat|ft|imt)-|GR1348941|xox[abposr]-|xapp-|hooks\.slack|_(?:live|test)_|whsec_|npm_|sk-|hf_|AIza|SG\.|_v1_|dapi|pypi-|shp(?:at|ss|ca|pa)_|:AA|AccountKey=|SharedAccessKey=|sig=|eyJ|:\/\/|pass|pwd/i;
var URL_USERINFO = /\b[a-z][a-z0-9+.-]{1,30}:\/\/([^\s:@/?#'"`]{0,256}):([^\s@/'"`]{1,512})@(?=[A-Za-z0-9[_$({-])/gi;
var CONNECTION_PASSWORD = /(?:^|[;?&\s])(?:password|pwd|passwd)\s*=\s*([^;&\s'"]{1,256})/gi;
var URL_WITH_PASSWORD = { name: "URL with an inline password", pattern: URL_USERINFO };
var CONNECTION_STRING = { name: "connection string with a password", pattern: CONNECTION_PASSWORD };
var AWS_SECRET_KEY = { name: "AWS secret access key", pattern: /^[A-Za-z0-9/+]{40}$/ };
var AZURE_STORAGE_KEY = { name: "Azure storage account key", pattern: /^[A-Za-z0-9+/]{86}==$/ };
function isPasswordStandIn(password, shell = false) {
  if (isPlaceholder(password, "password") || isSubstitution(password)) return true;
  if (/\$\{|\$\(|\{\{|%\(|^\$[A-Za-z_]|^\{[A-Za-z_][A-Za-z0-9_]*\}$|^\*+$/.test(password)) return true;
  return shell && /\$[A-Za-z_]/.test(password);
}
function passwordVerdict(password, shell = false) {
  const decoded = decodeURIComponentSafe(password);
  if (isPasswordStandIn(decoded, shell)) return void 0;
  return isWeakDefault(decoded) ? "weak" : "credential";
}
function findUrlCredentials(text2, shell = false) {
  if (!text2.includes("://")) return [];
  const out = [];
  for (const m of text2.matchAll(URL_USERINFO)) {
    const verdict = passwordVerdict(m[2], shell);
    if (verdict) out.push({ index: m.index ?? 0, verdict });
  }
  return out;
}
function urlCredentialIn(text2, shell = false) {
  const urls = findUrlCredentials(text2, shell);
  const url = urls.find((u) => u.verdict === "credential") ?? urls[0];
  if (!url) return void 0;
  return { ...url, what: url.verdict === "weak" ? "URL with a well-known default password" : URL_WITH_PASSWORD.name };
}
function isUrl(value) {
  return /^[a-z][a-z0-9+.-]{1,30}:\/\/\S*$/i.test(value.trim());
}
function decodeURIComponentSafe(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function keyedFormat(value, key) {
  const v = value.trim();
  if (!key) return void 0;
  const words = keyWords(key);
  const joined = words.join("");
  if (AWS_SECRET_KEY.pattern.test(v) && /secret/.test(joined) && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v)) {
    return realTokenBody(v) ? AWS_SECRET_KEY : void 0;
  }
  if (AZURE_STORAGE_KEY.pattern.test(v) && /azure|storage|account/.test(joined)) return realTokenBody(v) ? AZURE_STORAGE_KEY : void 0;
  return void 0;
}
function findFormats(value, key = "") {
  const out = [];
  const keyed = keyedFormat(value, key);
  if (keyed) out.push({ format: keyed, index: value.length - value.trimStart().length, verdict: "credential" });
  if (!MAYBE_FORMAT.test(value)) return out;
  for (const format of CREDENTIAL_FORMATS) {
    format.pattern.lastIndex = 0;
    for (const m of value.matchAll(format.pattern)) {
      if (format.valid && !format.valid(m)) continue;
      const body = format.body ? format.body(m) : m[0];
      if (format.name !== "private key" && !realTokenBody(body)) continue;
      out.push({ format: format.describe ? { ...format, name: format.describe(m) } : format, index: m.index ?? 0, verdict: "credential" });
    }
  }
  for (const url of findUrlCredentials(value)) out.push({ format: URL_WITH_PASSWORD, ...url });
  if (/(?:password|pwd|passwd)\s*=/i.test(value) && /;|jdbc:|:\/\/|\b(?:host|server|data source|user id|uid|dbname)\s*=/i.test(value)) {
    for (const m of value.matchAll(CONNECTION_PASSWORD)) {
      const verdict = passwordVerdict(m[1]);
      if (verdict) out.push({ format: CONNECTION_STRING, index: m.index ?? 0, verdict });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
function matchFormat(value, key = "") {
  return findFormats(value, key).find((m) => m.verdict === "credential")?.format;
}

// src/domain/finding.ts
function severityRank(s) {
  return s === "error" ? 3 : s === "warning" ? 2 : 1;
}
function failsGate(s, failOn) {
  return failOn !== "never" && severityRank(s) >= severityRank(failOn);
}
function describeResource(r) {
  if (!r) return "document";
  const id = r.name ? r.namespace ? `${r.namespace}/${r.name}` : r.name : "(unnamed)";
  return `${r.kind} ${id}`;
}
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.startLine - b.startLine || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || a.startColumn - b.startColumn || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);
}

// src/domain/redacted.ts
function redact(value, what) {
  const length = [...value].length;
  const label = what ? `${what}, ` : "";
  return `[redacted: ${label}${length} characters]`;
}

// src/domain/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(ruleId, file, resource, path4, messageId) {
  const parts = [
    ruleId,
    file,
    resource?.kind ?? "",
    resource?.namespace ?? "",
    resource?.name ?? "",
    JSON.stringify(path4),
    messageId
  ];
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);
}

// src/detect/judge.ts
var MAX_DEPTH = 3;
var CREDENTIAL_ENTRY = /(?:^|[\s{,"'])[\w.\-/]*(?:pass|pwd|secret|token|key|auth|cred|dsn|cookie|salt|private|seed|sig|nonce|identity|jwt|bearer|otp|pat)[\w.\-/]*["']?\s*[:=]/im;
function judgeValue(key, value) {
  const judged = judgeWithEvidence(key, value);
  if (judged.verdict === "quiet") return judged;
  const { length: _length, evidence: _evidence, ...rest } = judged;
  return rest;
}
function judgeWithEvidence(key, value) {
  const r = assess(key, value, 0);
  return r.hits.find((h) => h.verdict === "credential") ?? r.hits[0] ?? { verdict: "quiet", why: r.why };
}
function judgeAll(key, value, options = {}) {
  return assess(key, value, 0, options.inSecret).hits;
}
var quiet = (why) => ({ hits: [], why });
function hit(verdict, what, part, extra = {}) {
  return { verdict, what, length: [...part].length, evidence: redact(part, what), ...extra };
}
function assess(key, value, depth, inSecret = false) {
  const t = value.trim();
  if (t === "") return quiet("empty");
  if (isEncrypted(t)) return quiet("encrypted");
  if (isPublicMaterial(t)) return quiet("public key or certificate");
  if (t.startsWith("-----BEGIN")) return fromFormats(value, key, "placeholder key material");
  if (depth < MAX_DEPTH && (t.includes("\n") || t.startsWith("{"))) {
    const embedded = CREDENTIAL_ENTRY.test(t) ? parseEmbedded(value) : void 0;
    if (embedded) {
      if (embedded.encrypted) return quiet("encrypted");
      return fromEntries(embedded.entries, depth, embedded.format === "json" && isServiceAccountJson(embedded.entries));
    }
  }
  if (depth < MAX_DEPTH && !t.includes("\n") && t.length >= 24 && /^[A-Za-z0-9+/]+={0,2}$/.test(t)) {
    const decoded = decodeBase64(t);
    if (decoded !== void 0 && (/^\s*\{/.test(decoded) && /\}\s*$/.test(decoded) || /^\s*-----BEGIN /.test(decoded))) {
      const inner = assess(key, decoded, depth + 1);
      return { hits: inner.hits.map(({ innerLine: _line, ...h }) => h), why: inner.why };
    }
  }
  const formats = fromFormats(value, key, "");
  if (formats.hits.length > 0) return formats;
  if (t.includes("\n")) return multiLine(key, value);
  const docker = dockerAuth(key, t, depth);
  if (docker) return docker;
  const named = keyStrength(key);
  const strength = inSecret && depth === 0 && named === "weak" && keyStrength(keyWords(key).at(-1) ?? "") === "weak" ? "strong" : named;
  if (strength === "none") return quiet("key is not credential-named");
  if (isReferenceKey(key) && !(isFileQualified(key) && !looksLikePath(t))) return quiet("key names a reference or a setting");
  if (isPlaceholder(t, key)) return quiet("placeholder");
  if (isCodeReference(t)) return quiet("an expression that reads the value from elsewhere");
  if (strength === "strong" && isWeakDefault(t)) return { hits: [hit("weak", "well-known default credential", t)], why: "" };
  if (isNotCredentialShape(t)) return quiet("not a credential shape");
  if (strength === "weak") {
    return looksLikeKeyMaterial(t) ? { hits: [hit("credential", "credential-named value", t)], why: "" } : quiet("not key material");
  }
  if (looksLikeSecretName(t)) return quiet("names a Secret");
  return { hits: [hit("credential", "credential-named value", t)], why: "" };
}
function fromFormats(value, key, why) {
  const found = findFormats(value, key);
  if (found.length === 0) return quiet(why || "no credential format");
  const multi = value.trim().includes("\n") && !value.trim().startsWith("-----BEGIN");
  const starts = multi ? lineStarts(value) : [0];
  const byLine = /* @__PURE__ */ new Map();
  for (const f of found) {
    const line = multi ? lineAt(starts, f.index) : 0;
    const prev = byLine.get(line);
    if (prev && (prev.verdict === "credential" || f.verdict === "weak")) continue;
    const part = matchedText(value, f.index);
    const what = f.verdict === "weak" ? `${f.format.name} (a well-known default)` : f.format.name;
    byLine.set(line, hit(f.verdict, what, part, multi ? { innerLine: line } : {}));
  }
  const hits = [...byLine.values()];
  return { hits: value.trim().startsWith("-----BEGIN") ? hits.slice(0, 1) : hits, why: "" };
}
function matchedText(value, index) {
  const rest = value.slice(index);
  if (rest.startsWith("-----BEGIN")) {
    const end = rest.indexOf("-----END ");
    const close = end >= 0 ? rest.indexOf("-----", end + 9) : -1;
    return close >= 0 ? rest.slice(0, close + 5) : rest;
  }
  return /^[^\s"',;]+/.exec(rest)?.[0] ?? rest;
}
var SHELL_ASSIGNMENT = /^\s*(?:export\s+|readonly\s+|declare\s+(?:-x\s+)?)?([A-Za-z_][A-Za-z0-9_]*)=(\S.*)$/;
function multiLine(key, value) {
  const hits = [];
  value.split("\n").forEach((line, i) => {
    const m = SHELL_ASSIGNMENT.exec(line);
    if (!m || keyStrength(m[1]) !== "strong") return;
    const literal2 = m[2].trim().replace(/^(["'])(.*)\1;?$/, "$2");
    if (/[\s;|&`,()[\]{}]/.test(literal2)) return;
    for (const h of assess(m[1], literal2, MAX_DEPTH).hits) hits.push({ ...h, innerLine: i, innerKey: m[1] });
  });
  if (hits.length > 0) return { hits, why: "" };
  const strength = keyStrength(key);
  if (strength !== "strong" || isReferenceKey(key)) return quiet("multi-line text without a credential format");
  if (value.split("\n").every((l) => l.trim() === "" || isHashLine(l.trim()))) return quiet("password hashes");
  return { hits: [hit("credential", "credential-named value", value.trim())], why: "" };
}
function fromEntries(entries, depth, serviceAccount) {
  const hits = [];
  for (const e of entries) {
    if (e.path.slice(0, -1).some((p) => isReferenceKey(p) || /secretKeyRef|secretRef|valueFrom|existingSecret/i.test(p))) continue;
    const inner = assess(e.key, e.value, depth + 1);
    for (const h of inner.hits) {
      const what = serviceAccount && h.verdict === "credential" && /private key/.test(h.what) ? "GCP service-account key" : h.what;
      hits.push({ ...h, what, innerLine: e.line + (h.innerLine ?? 0), innerKey: e.path.join(".") });
    }
  }
  return hits.length > 0 ? { hits, why: "" } : quiet("embedded file without credentials");
}
function isServiceAccountJson(entries) {
  return entries.some((e) => e.path.length === 1 && e.key === "type" && e.value === "service_account");
}
function dockerAuth(key, value, depth) {
  if (key !== "auth" || value.length < 8) return void 0;
  const decoded = decodeBase64(value);
  if (decoded === void 0) return void 0;
  const colon = decoded.indexOf(":");
  if (colon < 0) return void 0;
  const password = decoded.slice(colon + 1);
  const inner = assess("password", password, depth + 1);
  if (inner.hits.length === 0) return quiet(`docker auth: ${inner.why}`);
  const h = inner.hits[0];
  return { hits: [hit(h.verdict, h.verdict === "weak" ? "docker registry auth (a well-known default)" : "docker registry auth", value)], why: "" };
}
function isEncrypted(t) {
  if (/^ENC\[[A-Z0-9_]+,/.test(t)) return true;
  if (/^-----BEGIN (?:PGP MESSAGE|AGE ENCRYPTED FILE)-----/.test(t)) return true;
  return /ENC\[AES256_GCM,data:/.test(t) && /"?sops"?\s*:/.test(t) && !/PRIVATE KEY-----/.test(t);
}
function isPublicMaterial(t) {
  if (/^-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|TRUSTED CERTIFICATE|PGP PUBLIC KEY BLOCK|DH PARAMETERS|EC PARAMETERS|OPENSSH PUBLIC KEY|SSH2 PUBLIC KEY)-----/.test(t)) {
    return !/PRIVATE KEY/.test(t);
  }
  return t.split("\n").filter((l) => l.trim()).every((l) => /^(?:[^\s]+\s+)?(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com)\s+AAAA[A-Za-z0-9+/=]+/.test(l.trim()));
}
function isHashLine(l) {
  return /^(?:[^:\s]+:)?(?:\$(?:apr1|2[abxy]?|5|6|argon2(?:id|i|d)|pbkdf2[-\w]*|scrypt|y|gy|7)\$\S+|\{(?:SHA|SSHA|SHA256|SSHA256|SHA512|SSHA512|MD5|SMD5|CRYPT|PBKDF2[-\w]*)\}\S+)$/.test(l);
}
function isCodeReference(v) {
  if (/^(?:os\.(?:environ|getenv)|process\.env|System\.getenv|ENV\[|getenv\(|env\(|secrets\.|settings\.|self\.|this\.)/.test(v)) return true;
  return /^(?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*(?:\(.*\)|\[.*\])?,?$/.test(v) && /[a-z]\.[a-z_]/i.test(v) && !/\d/.test(v.split(".").pop() ?? "");
}
function isFileQualified(key) {
  const words = keyWords(key);
  return /^(?:file|files|path|paths|dir|directory|folder|mount|mountpath|location)$/.test(words[words.length - 1] ?? "");
}
function looksLikePath(value) {
  const v = value.trim();
  if (/\s/.test(v) || v === "") return false;
  if (/^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\|file:\/\/)/.test(v)) return !/^\/[A-Za-z0-9+/]{30,}={0,2}$/.test(v) || v.split("/").length > 3;
  return /^[\w.-]+(?:\/[\w.-]+)+\/?$/.test(v) && !/^[A-Za-z0-9+/]{20,}={0,2}$/.test(v);
}
function isNotCredentialShape(value) {
  const v = value.trim();
  if (/^(?:true|false|yes|no|on|off|y|n|enabled|disabled|null|~)$/i.test(v)) return true;
  if (/^[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i.test(v) && v.length < 16) return true;
  if (/^\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h|d|w|y|ki|mi|gi|ti|k|g|t|b|kb|mb|gb|%)$/i.test(v)) return true;
  if (isHashLine(v)) return true;
  if (/^(?:files|compat|nis|nisplus|ldap|sss|systemd|dns|db|winbind|myhostname|mymachines|resolve|hesiod|\[[!A-Za-z=]+\])(?:\s+(?:files|compat|nis|nisplus|ldap|sss|systemd|dns|db|winbind|myhostname|mymachines|resolve|hesiod|\[[!A-Za-z=]+\]))*$/.test(v)) return true;
  if (/^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[a-f0-9]{32,128}$/i.test(v)) return true;
  if (looksLikePath(v)) return true;
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/|jdbc:[a-z0-9]+:(?:\/\/)?)[^\s@]*$/i.test(v)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+@[^\s@]+$/i.test(v)) return true;
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(v)) return true;
  if (/^[\w.-]+\.(?:json|ya?ml|pem|key|crt|cer|txt|env|conf|cfg|properties|p12|pfx|jks|keystore|ini|toml|xml|csv|sh)$/i.test(v)) return true;
  if (isSecretStoreReference(v) || isPublicMaterial(v)) return true;
  return false;
}
function looksLikeSecretName(v) {
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(v)) return false;
  const parts = v.split("-");
  if (parts.some((p, i) => /\d/.test(p) && i < parts.length - 1)) return false;
  return parts.some((p) => /^(?:secrets?|credentials?|creds|tls|tokens?|auth|passwords?|keys?|apikeys?|certs?|keypair|sa)$/.test(p));
}
function shannonEntropy(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
function looksLikeKeyMaterial(v) {
  if (v.length < 16 || v.length > 8192 || !/^[A-Za-z0-9+/=_~-]+$/.test(v)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((r) => r.test(v)).length;
  if (/^[a-f0-9]{32,}$/i.test(v)) return true;
  if (classes < 2 || classes === 2 && !/\d/.test(v)) return false;
  return shannonEntropy(v) >= 3.5;
}

// src/detect/free-text.ts
function fusedCredentialName(key) {
  if (isCredentialKey(key)) return key;
  const fused = key.toLowerCase().match(/[a-z0-9](password|passwd|secret|token)$/);
  return fused ? fused[1] : key;
}
function judgeWithUrls(key, value) {
  if (/(?:^|[-_.])auth$|[a-z0-9]Auth$|^auth$/i.test(key) && /^[a-z]{1,12}$/.test(value.trim())) return { verdict: "quiet", why: "an auth mode" };
  const judged = judgeValue(hasCredentialTail(key) ? fusedCredentialName(key) : "", value);
  if (judged.verdict === "credential" && matchFormat(value)) return judged;
  const url = urlCredentialIn(value, true);
  if (isUrl(value)) return url ? { verdict: url.verdict, what: url.what } : { verdict: "quiet", why: "URL without a password" };
  if (judged.verdict !== "quiet" || !url) return judged;
  return { verdict: url.verdict, what: url.what };
}
function findFlagCredentials(text2) {
  if (!text2.includes("-")) return [];
  const out = [];
  for (const m of text2.matchAll(/(?:^|\s)--?([A-Za-z][\w.-]{1,60})=("[^"]*"|'[^']*'|[^\s'"]+)/g)) {
    const hit2 = judgeFlag(m[1], unquote(m[2]));
    if (hit2) out.push({ ...hit2, flag: m[1], index: (m.index ?? 0) + (m[0].length - m[0].trimStart().length), length: [...unquote(m[2])].length });
  }
  return out;
}
function judgeFlag(flag, value) {
  if (!isCredentialKey(flag) || !hasCredentialTail(flag) || value.startsWith("-")) return void 0;
  if (/secret$/i.test(flag) && /^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$/.test(value)) return void 0;
  const judged = judgeWithUrls(flag, value);
  return judged.verdict === "quiet" ? void 0 : { verdict: judged.verdict, what: judged.what };
}

// src/rules/plain.ts
function isObj(v) {
  return !!v && typeof v === "object" && !Array.isArray(v);
}
function obj(v) {
  return isObj(v) ? v : void 0;
}

// src/rules/sizes.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
var MAX_ANNOTATION_BYTES = 256 * 1024;
var MAX_ETCD_REQUEST_BYTES = 1536 * 1024;
var LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
var utf8Bytes = (s) => Buffer.byteLength(s, "utf8");
function record(v) {
  return obj(v) ?? {};
}
function configMapValueBytes(value) {
  let total = 0;
  for (const v of Object.values(record(value.data))) if (typeof v === "string") total += utf8Bytes(v);
  for (const v of Object.values(record(value.binaryData))) {
    if (typeof v === "string") total += Buffer.from(v.replace(/\s+/g, ""), "base64").length;
  }
  return total;
}
function secretValueBytes(value) {
  const merged = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(record(value.data))) {
    if (typeof v !== "string") continue;
    const decoded = decodeBase64(v);
    merged.set(k, decoded === void 0 ? utf8Bytes(v) : Buffer.from(v.replace(/\s+/g, ""), "base64").length);
  }
  for (const [k, v] of Object.entries(record(value.stringData))) if (typeof v === "string") merged.set(k, utf8Bytes(v));
  let total = 0;
  for (const n of merged.values()) total += n;
  return total;
}
function annotationBytes(value, except) {
  let total = 0;
  for (const [k, v] of Object.entries(record(record(value.metadata).annotations))) {
    if (k === except) continue;
    total += utf8Bytes(k) + (typeof v === "string" ? utf8Bytes(v) : utf8Bytes(JSON.stringify(v) ?? ""));
  }
  return total;
}
function goJsonBytes(value) {
  let json2 = JSON.stringify(value) ?? "";
  if (json2.includes('"0":') && hasBinary(value)) {
    json2 = JSON.stringify(value, (_k, v) => v instanceof Uint8Array ? Buffer.from(v).toString("base64") : v) ?? "";
  }
  const html = json2.match(/[<>&]/g)?.length ?? 0;
  const separators = json2.match(/[\u2028\u2029]/g)?.length ?? 0;
  return utf8Bytes(json2) + 5 * html + 3 * separators;
}
function hasBinary(value) {
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v instanceof Uint8Array) return true;
    if (v && typeof v === "object") for (const item of Object.values(v)) stack.push(item);
  }
  return false;
}
var rejections = /* @__PURE__ */ new WeakMap();
function apiServerRejection(doc) {
  let r = rejections.get(doc);
  if (r === void 0) {
    r = measureRejection(doc) ?? null;
    rejections.set(doc, r);
  }
  return r ?? void 0;
}
function measureRejection(doc) {
  const value = record(doc.value);
  if (doc.kind === "ConfigMap" && doc.apiVersion === "v1") {
    const measured = configMapValueBytes(value);
    if (measured > MAX_CONFIG_BYTES) return { messageId: "configmap", measured, limit: MAX_CONFIG_BYTES };
  }
  if (doc.kind === "Secret" && doc.apiVersion === "v1") {
    const measured = secretValueBytes(value);
    if (measured > MAX_CONFIG_BYTES) return { messageId: "secret", measured, limit: MAX_CONFIG_BYTES };
  }
  const annotations = annotationBytes(value);
  if (annotations > MAX_ANNOTATION_BYTES) return { messageId: "annotations", measured: annotations, limit: MAX_ANNOTATION_BYTES };
  const json2 = goJsonBytes(value);
  if (json2 > MAX_ETCD_REQUEST_BYTES) return { messageId: "etcd", measured: json2, limit: MAX_ETCD_REQUEST_BYTES };
  return void 0;
}
function lastAppliedBytes(doc) {
  const value = record(doc.value);
  const meta = record(value.metadata);
  const annotations = { ...record(meta.annotations) };
  delete annotations[LAST_APPLIED];
  const stripped = { ...value, metadata: { ...meta, annotations } };
  return utf8Bytes(LAST_APPLIED) + goJsonBytes(stripped) + 1 + annotationBytes(value, LAST_APPLIED);
}
function formatBytes(n) {
  const exact = `${n.toLocaleString("en-US")} bytes`;
  if (n < 1024) return exact;
  const [unit, div] = n >= 1024 * 1024 ? ["MiB", 1024 * 1024] : ["KiB", 1024];
  return `${exact} (${(n / div).toFixed(2).replace(/\.?0+$/, "")} ${unit})`;
}

// src/rules/apply-annotation-too-large.ts
var applyAnnotationTooLarge = {
  meta: {
    id: "apply-annotation-too-large",
    title: "Too large for client-side kubectl apply",
    defaultSeverity: "warning",
    messages: {
      tooLong: '{resource} would need {measured} of annotations under client-side kubectl apply (its JSON in last-applied-configuration plus the other annotations); the limit is {limit}, so apply fails with "metadata.annotations: Too long". Use kubectl apply --server-side, or kubectl create/replace.'
    },
    remediation: "Apply it with server-side apply (kubectl apply --server-side), or kubectl create/replace, or move the large payload to object storage.",
    crossReferences: []
  },
  target: {},
  check(doc) {
    if (apiServerRejection(doc)) return [];
    const measured = lastAppliedBytes(doc);
    if (measured <= MAX_ANNOTATION_BYTES) return [];
    return [{ messageId: "tooLong", path: [], onObject: true, params: { measured: formatBytes(measured), limit: formatBytes(MAX_ANNOTATION_BYTES) } }];
  }
};

// src/rules/config-sources.ts
var import_yaml2 = __toESM(require_dist(), 1);
function generatorsOf(kustomization) {
  const k = obj(kustomization);
  if (!k) return [];
  const globalOff = obj(k.generatorOptions)?.disableNameSuffixHash === true;
  const out = [];
  for (const [field, kind] of [["configMapGenerator", "ConfigMap"], ["secretGenerator", "Secret"]]) {
    const list = k[field];
    if (!Array.isArray(list)) continue;
    for (const g of list) {
      const gen = obj(g);
      if (!gen || typeof gen.name !== "string") continue;
      const own = obj(gen.options)?.disableNameSuffixHash;
      out.push({ kind, name: gen.name, hashed: !(own === true || globalOff && own !== false) });
    }
  }
  return out;
}
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function visibleGenerators(file, ctx) {
  let byDir = cache.get(ctx.index);
  if (!byDir) {
    byDir = /* @__PURE__ */ new Map();
    cache.set(ctx.index, byDir);
  }
  const dirKey = file.slice(0, file.lastIndexOf("/") + 1);
  const hit2 = byDir.get(dirKey);
  if (hit2) return hit2;
  const found = readGenerators(file, ctx);
  byDir.set(dirKey, found);
  return found;
}
var cache = /* @__PURE__ */ new WeakMap();
function readGenerators(file, ctx) {
  const out = [];
  for (const k of ctx.index.ofKind("Kustomization")) out.push(...generatorsOf(k.value));
  const parts = file.split("/").slice(0, -1);
  for (let n = parts.length; n >= 0; n--) {
    const dir = parts.slice(0, n).join("/");
    for (const name of KUSTOMIZATION_NAMES) {
      const text2 = ctx.repo.readText(dir ? `${dir}/${name}` : name);
      if (text2 === void 0) continue;
      try {
        out.push(...generatorsOf((0, import_yaml2.parse)(text2, { logLevel: "silent" })));
      } catch {
      }
    }
  }
  return out;
}
function isVersionedName(name) {
  const dash = name.lastIndexOf("-");
  if (dash < 0) return false;
  const tail = name.slice(dash + 1);
  if (/^v\d{1,6}$/.test(tail)) return true;
  if (/^\d{6,14}$/.test(tail)) return true;
  if (/^[2456789bcdfghkmt]{10}$/.test(tail)) return true;
  return /^[0-9a-f]{7,12}$/.test(tail) && /\d/.test(tail) && /[a-f]/.test(tail);
}
function findObjects(ctx, kind, name, namespace) {
  return ctx.index.ofKind(kind).filter((d) => d.name === name && (!namespace || !d.namespace || d.namespace === namespace));
}

// src/rules/pod-spec.ts
var POD_SPEC_PATHS = {
  Pod: ["spec"],
  PodTemplate: ["template", "spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"]
};
var POD_KINDS = Object.keys(POD_SPEC_PATHS);
var CONTAINER_LISTS = ["containers", "initContainers", "ephemeralContainers"];
function at(value, path4) {
  let v = value;
  for (const seg of path4) {
    if (Array.isArray(v) && typeof seg === "number") v = v[seg];
    else v = obj(v)?.[seg];
    if (v === void 0) return void 0;
  }
  return v;
}
function podSpecOf(doc) {
  const path4 = POD_SPEC_PATHS[doc.kind];
  if (!path4) return void 0;
  const spec = obj(at(doc.value, path4));
  if (!spec) return void 0;
  const templateMetadataPath = doc.kind === "Pod" ? void 0 : [...path4.slice(0, -1), "metadata"];
  return { spec, path: path4, templateMetadataPath };
}
function containersOf(pod) {
  const out = [];
  const lists = Object.keys(pod.spec).filter((k) => CONTAINER_LISTS.includes(k));
  for (const list of lists) {
    const items = pod.spec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((c, i) => {
      const container = obj(c);
      if (!container) return;
      out.push({ container, path: [...pod.path, list, i], list, name: typeof container.name === "string" ? container.name : `#${i}` });
    });
  }
  return out;
}
function valueAt(value, path4) {
  return at(value, path4);
}
function volumesOf(pod) {
  const items = pod.spec.volumes;
  if (!Array.isArray(items)) return [];
  const out = [];
  items.forEach((v, i) => {
    const volume = obj(v);
    if (volume) out.push({ volume, path: [...pod.path, "volumes", i], name: typeof volume.name === "string" ? volume.name : `#${i}` });
  });
  return out;
}
function envRefsOf(c) {
  const out = [];
  const env = c.container.env;
  if (Array.isArray(env)) {
    env.forEach((e, i) => {
      const entry = obj(e);
      const from = obj(entry?.valueFrom);
      if (!entry || !from) return;
      const envName = typeof entry.name === "string" ? entry.name : void 0;
      for (const [field, kind] of [["secretKeyRef", "Secret"], ["configMapKeyRef", "ConfigMap"]]) {
        const ref = obj(from[field]);
        if (!ref || typeof ref.name !== "string") continue;
        const key = typeof ref.key === "string" ? ref.key : void 0;
        out.push({ kind, name: ref.name, optional: ref.optional === true, via: "env", path: [...c.path, "env", i], envName, key });
      }
    });
  }
  const envFrom = c.container.envFrom;
  if (Array.isArray(envFrom)) {
    envFrom.forEach((e, i) => {
      const entry = obj(e);
      if (!entry) return;
      const prefix2 = typeof entry.prefix === "string" ? entry.prefix : "";
      for (const [field, kind] of [["secretRef", "Secret"], ["configMapRef", "ConfigMap"]]) {
        const ref = obj(entry[field]);
        if (!ref || typeof ref.name !== "string") continue;
        out.push({ kind, name: ref.name, optional: ref.optional === true, via: "envFrom", path: [...c.path, "envFrom", i], prefix: prefix2 });
      }
    });
  }
  return out;
}
function volumeRefsOf(pod) {
  const out = [];
  for (const v of volumesOf(pod)) {
    const secret = obj(v.volume.secret);
    if (secret && typeof secret.secretName === "string") {
      out.push({ kind: "Secret", name: secret.secretName, optional: secret.optional === true, via: "volume", path: [...v.path, "secret"] });
    }
    const cm = obj(v.volume.configMap);
    if (cm && typeof cm.name === "string") {
      out.push({ kind: "ConfigMap", name: cm.name, optional: cm.optional === true, via: "volume", path: [...v.path, "configMap"] });
    }
    const sources = obj(v.volume.projected)?.sources;
    if (!Array.isArray(sources)) continue;
    sources.forEach((s, i) => {
      for (const [field, kind] of [["secret", "Secret"], ["configMap", "ConfigMap"]]) {
        const ref = obj(obj(s)?.[field]);
        if (!ref || typeof ref.name !== "string") continue;
        out.push({ kind, name: ref.name, optional: ref.optional === true, via: "volume", path: [...v.path, "projected", "sources", i, field] });
      }
    });
  }
  return out;
}
function secretMountPaths(pod, c) {
  const secretVolumes = /* @__PURE__ */ new Set();
  for (const v of volumesOf(pod)) {
    const projected = obj(v.volume.projected)?.sources;
    const csiDriver = obj(v.volume.csi)?.driver;
    if (obj(v.volume.secret) || Array.isArray(projected) && projected.some((s) => obj(obj(s)?.secret)) || typeof csiDriver === "string" && csiDriver.startsWith("secrets-store")) {
      secretVolumes.add(v.name);
    }
  }
  const mounts = c.container.volumeMounts;
  if (!Array.isArray(mounts)) return [];
  const out = [];
  for (const m of mounts) {
    const mount = obj(m);
    if (mount && typeof mount.name === "string" && secretVolumes.has(mount.name) && typeof mount.mountPath === "string") {
      out.push(mount.mountPath);
    }
  }
  return out;
}

// src/rules/config-ref-missing.ts
var BUILT_IN = {
  ConfigMap: /* @__PURE__ */ new Set(["kube-root-ca.crt", "openshift-service-ca.crt", "istio-ca-root-cert"]),
  Secret: /* @__PURE__ */ new Set()
};
var SECRET_MAKERS = [
  { kind: "SealedSecret", name: (v) => [valueAt(v, ["spec", "template", "metadata", "name"]) ?? valueAt(v, ["metadata", "name"])] },
  { kind: "ExternalSecret", name: (v) => [valueAt(v, ["spec", "target", "name"]) ?? valueAt(v, ["metadata", "name"])] },
  { kind: "Certificate", name: (v) => [valueAt(v, ["spec", "secretName"])] },
  // Database operators write connection Secrets named after the custom resource.
  {
    kind: "Cluster",
    name: (v) => {
      const n = valueAt(v, ["metadata", "name"]);
      const api = valueAt(v, ["apiVersion"]);
      if (typeof n !== "string" || typeof api !== "string" || !api.startsWith("postgresql.cnpg.io/")) return [];
      return ["app", "superuser", "ca", "server", "replication"].map((s) => `${n}-${s}`);
    }
  },
  {
    kind: "postgresql",
    name: (v) => {
      const n = valueAt(v, ["metadata", "name"]);
      if (typeof n !== "string") return [];
      const users = Object.keys(valueAt(v, ["spec", "users"]) ?? {});
      return [...users, "postgres", "standby"].map((u) => `${u.split("_").join("-")}.${n}.credentials.postgresql.acid.zalan.do`);
    }
  },
  { kind: "RedisEnterpriseDatabase", name: (v) => [`redb-${String(valueAt(v, ["metadata", "name"]))}`] },
  // Strimzi's user operator writes a KafkaUser's credentials into a Secret of the same name.
  { kind: "KafkaUser", name: (v) => [valueAt(v, ["metadata", "name"])] },
  {
    kind: "Kafka",
    name: (v) => ["cluster-ca-cert", "clients-ca-cert", "cluster-ca", "clients-ca"].map((s) => `${String(valueAt(v, ["metadata", "name"]))}-${s}`)
  },
  {
    kind: "Elasticsearch",
    name: (v) => ["es-elastic-user", "es-http-certs-public", "es-http-ca-internal"].map((s) => `${String(valueAt(v, ["metadata", "name"]))}-${s}`)
  },
  {
    kind: "SopsSecret",
    name: (v) => {
      const t = valueAt(v, ["spec", "secretTemplates"]);
      return Array.isArray(t) ? t.map((x) => valueAt(x, ["name"])) : [];
    }
  }
];
var TEMPLATED = /\{\{|\$\(|\$\{/;
function isDefined(ref, namespace, file, ctx) {
  if (BUILT_IN[ref.kind]?.has(ref.name) || TEMPLATED.test(ref.name)) return true;
  if (findObjects(ctx, ref.kind, ref.name, namespace).length > 0) return true;
  if (visibleGenerators(file, ctx).some((g) => g.kind === ref.kind && g.name === ref.name)) return true;
  if (ref.kind !== "Secret") return false;
  return SECRET_MAKERS.some(
    (m) => ctx.index.ofKind(m.kind).some((d) => (!namespace || !d.namespace || d.namespace === namespace) && m.name(d.value).includes(ref.name))
  );
}
var configRefMissing = {
  meta: {
    id: "config-ref-missing",
    title: "Reference to a ConfigMap or Secret defined nowhere",
    defaultSeverity: "notice",
    messages: {
      missing: "{resource} reads {kind} {name} ({via}), which is defined nowhere in the repository and not optional: the pod will not start until someone creates it. Commit it (sealed or external for a Secret), mark the reference optional: true, or document where it comes from."
    },
    remediation: "Define the referenced ConfigMap or Secret in the repository (a SealedSecret or ExternalSecret for secrets), or mark the reference `optional: true` when the pod can run without it.",
    crossReferences: [{ tool: "kube-linter", id: "env-value-from" }],
    options: {
      wholeRepository: { type: "boolean", description: "Report even when the scan sees only part of the repository (changed files)." }
    }
  },
  scope: "repository",
  target: { kinds: [...POD_KINDS, "ConfigMap", "Secret", "Kustomization", ...SECRET_MAKERS.map((m) => m.kind)] },
  check(doc, ctx) {
    if (!ctx.index.wholeRepository && ctx.options.wholeRepository !== true) return [];
    const pod = podSpecOf(doc);
    if (!pod) return [];
    const refs = [...containersOf(pod).flatMap((c) => envRefsOf(c)), ...volumeRefsOf(pod)];
    const reported = /* @__PURE__ */ new Set();
    return refs.filter((r) => !r.optional && !isDefined(r, doc.namespace, doc.file, ctx)).filter((r) => {
      const key = `${r.path.join("/")}`;
      if (reported.has(key)) return false;
      reported.add(key);
      return true;
    }).map((r) => ({
      messageId: "missing",
      path: r.path,
      onKey: r.via === "volume",
      params: { kind: r.kind, name: r.name, via: r.via === "volume" ? "as a volume" : `through ${r.via}` }
    }));
  }
};

// src/rules/config-rollout-trigger.ts
var WORKLOAD_KINDS = ["Deployment", "StatefulSet", "DaemonSet"];
var HASH_ANNOTATION = /checksum|hash|sha1|sha256|digest|config-?version|rollme/i;
var RELOADER_ANNOTATION = /reloader|wave\.pusher\.com|configmap\.reload|secret\.reload/i;
var VERSIONED_OBJECT_ANNOTATION = /^kapp\.k14s\.io\/versioned$/;
var MAX_NAMES = 5;
function annotationKeys(v) {
  return v && typeof v === "object" && !Array.isArray(v) ? Object.keys(v) : [];
}
var configRolloutTrigger = {
  meta: {
    id: "config-rollout-trigger",
    title: "Env config that never rolls the pods",
    defaultSeverity: "notice",
    messages: {
      noTrigger: "{resource} reads {names} through env vars, and nothing restarts its pods when they change: env is read once at start. Add a checksum/config pod-template annotation, a reloader annotation, or use generated (hashed) or versioned immutable names."
    },
    remediation: "Roll the pods on config changes: a `checksum/config` annotation on the pod template (Helm), a Reloader annotation, a kustomize configMapGenerator/secretGenerator (hashed names), or versioned immutable ConfigMaps.",
    crossReferences: []
  },
  scope: "repository",
  target: { kinds: [...WORKLOAD_KINDS, "ConfigMap", "Secret", "Kustomization"] },
  check(doc, ctx) {
    if (!WORKLOAD_KINDS.includes(doc.kind)) return [];
    const pod = podSpecOf(doc);
    if (!pod) return [];
    const refs = [];
    for (const c of containersOf(pod)) for (const r of envRefsOf(c)) if (!refs.some((x) => x.kind === r.kind && x.name === r.name)) refs.push(r);
    if (refs.length === 0) return [];
    const templateAnnotations = annotationKeys(valueAt(doc.value, [...pod.templateMetadataPath ?? [], "annotations"]));
    const ownAnnotations = annotationKeys(valueAt(doc.value, ["metadata", "annotations"]));
    if (templateAnnotations.some((k) => HASH_ANNOTATION.test(k) || RELOADER_ANNOTATION.test(k))) return [];
    if (ownAnnotations.some((k) => RELOADER_ANNOTATION.test(k))) return [];
    const generators = visibleGenerators(doc.file, ctx);
    const untriggered = refs.filter((r) => {
      if (isVersionedName(r.name)) return false;
      if (generators.some((g) => g.kind === r.kind && g.name === r.name && g.hashed)) return false;
      const defined = findObjects(ctx, r.kind, r.name, doc.namespace);
      const versioned = defined.some((d) => {
        const v = d.value;
        return v.immutable === true || annotationKeys(valueAt(v, ["metadata", "annotations"])).some((k) => VERSIONED_OBJECT_ANNOTATION.test(k));
      });
      return !versioned;
    });
    if (untriggered.length === 0) return [];
    const listed = untriggered.slice(0, MAX_NAMES).map((r) => `${r.kind} ${r.name}`);
    if (untriggered.length > MAX_NAMES) listed.push(`${untriggered.length - MAX_NAMES} more`);
    return [{ messageId: "noTrigger", path: [], onObject: true, params: { names: listed.join(", ") } }];
  }
};

// src/rules/source-text.ts
var linesOf = /* @__PURE__ */ new WeakMap();
function textOf(doc, pos) {
  if (!pos || pos.startLine !== pos.endLine) return void 0;
  let lines = linesOf.get(doc.source);
  if (!lines) {
    lines = doc.source.text.split("\n");
    linesOf.set(doc.source, lines);
  }
  const line = lines[pos.startLine - 1];
  if (line === void 0) return void 0;
  return line.slice(pos.startColumn - 1, pos.endColumn - 1).trim();
}
function writtenValue(doc, path4) {
  return textOf(doc, doc.locate(path4));
}
function writtenKey(doc, path4) {
  return textOf(doc, doc.locateKey(path4));
}

// src/rules/configmap-data-type.ts
var KEY = /^[-._a-zA-Z0-9]+$/;
var MAX_KEY_LENGTH = 253;
function typeName(v) {
  if (typeof v === "string") return void 0;
  if (v === null) return "null";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "boolean";
  if (Array.isArray(v)) return "list";
  if (v instanceof Uint8Array) return "binary";
  return "map";
}
function keyProblems(doc, field, key) {
  const path4 = [field, key];
  if (key === "." || key === ".." || key.length > MAX_KEY_LENGTH || !KEY.test(key)) {
    return [{ messageId: "badKey", path: path4, onKey: true, params: { field, key: key.slice(0, 80) } }];
  }
  if (!/^(true|false|null|[-+.0-9][-+.0-9a-fA-FxX_:e]*)$/.test(key)) return [];
  const written = writtenKey(doc, path4);
  if (written !== void 0 && /^[A-Za-z0-9._+-]+$/.test(written) && written !== key) {
    return [{ messageId: "keyConverted", path: path4, onKey: true, params: { field, key, written } }];
  }
  return [];
}
var configmapDataType = {
  meta: {
    id: "configmap-data-type",
    title: "ConfigMap data that Kubernetes does not read as strings",
    defaultSeverity: "error",
    messages: {
      number: "{resource} data key {key} holds an unquoted number; the API server rejects ConfigMap data that is not a string. Quote the value.",
      boolean: '{resource} data key {key} holds {written}, which Kubernetes reads as the boolean {value} (YAML 1.1); the API server rejects ConfigMap data that is not a string. Quote it: "{written}".',
      map: "{resource} data key {key} holds a mapping; ConfigMap data values must be strings. Write the content as a block scalar (key: |).",
      list: "{resource} data key {key} holds a list; ConfigMap data values must be strings. Write the content as a block scalar (key: |).",
      binary: "{resource} data key {key} holds a !!binary value; move it to binaryData or write it as a string.",
      null: '{resource} data key {key} has no value (null): kubectl rejects it, and an apply would delete the key. Write "" for an empty value, or remove the key.',
      notMap: "{resource} {field} must be a mapping of keys to strings.",
      binaryNotString: "{resource} binaryData key {key} must hold a base64 string.",
      badKey: '{resource} {field} key {key} is not a valid ConfigMap key (letters, digits, "-", "_", "." only, at most 253 characters); the API server rejects it.',
      keyConverted: '{resource} {field} key written {written} reaches Kubernetes as "{key}" (YAML 1.1 resolves it); quote the key ("{written}") to keep its name.',
      duplicate: "{resource} key {key} is in both data and binaryData; the API server rejects a key set in both. Keep one."
    },
    remediation: "Quote every ConfigMap value so it stays a string, use valid keys, and keep each key in only one of data and binaryData.",
    crossReferences: []
  },
  target: { kinds: ["ConfigMap"] },
  check(doc) {
    if (doc.apiVersion !== "v1") return [];
    const value = doc.value;
    const problems = [];
    const maps = {};
    for (const field of ["data", "binaryData"]) {
      const m = value[field];
      if (m === void 0 || m === null) continue;
      if (typeof m !== "object" || Array.isArray(m)) {
        problems.push({ messageId: "notMap", path: [field], onKey: true, params: { field } });
        continue;
      }
      maps[field] = m;
    }
    for (const [key, v] of Object.entries(maps.data ?? {})) {
      problems.push(...keyProblems(doc, "data", key));
      const type2 = typeName(v);
      if (!type2) continue;
      const params = { key };
      if (type2 === "boolean") Object.assign(params, { value: String(v), written: writtenValueOf(doc, key) ?? String(v) });
      problems.push({ messageId: type2, path: ["data", key], onKey: type2 === "null" || type2 === "map" || type2 === "list", params });
    }
    for (const [key, v] of Object.entries(maps.binaryData ?? {})) {
      problems.push(...keyProblems(doc, "binaryData", key));
      if (typeof v !== "string") problems.push({ messageId: "binaryNotString", path: ["binaryData", key], params: { key } });
      if (maps.data && Object.hasOwn(maps.data, key)) problems.push({ messageId: "duplicate", path: ["binaryData", key], onKey: true, params: { key } });
    }
    return problems;
  }
};
function writtenValueOf(doc, key) {
  const text2 = writtenValue(doc, ["data", key]);
  return text2 && /^[A-Za-z]{1,5}$/.test(text2) ? text2 : void 0;
}

// src/rules/kustomize-generators.ts
function resolveRepoPath(kustomizationFile, relative) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(relative) || relative.startsWith("/")) return void 0;
  const dir = kustomizationFile.includes("/") ? kustomizationFile.slice(0, kustomizationFile.lastIndexOf("/")) : "";
  const parts = dir ? dir.split("/") : [];
  for (const seg of relative.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join("/");
}
function isEncrypted2(text2) {
  return /ENC\[AES256_GCM|^sops_[a-z_]+=|^sops:|"sops"\s*:/m.test(text2);
}
function isBinary(text2) {
  return text2.includes("\0") || text2.includes("\uFFFD");
}
function splitAssignment(item) {
  const i = item.indexOf("=");
  return i < 0 ? void 0 : [item.slice(0, i).trim(), item.slice(i + 1)];
}
function embeddedPairs(name, text2) {
  if (/\.(?:json|ya?ml)$/i.test(name)) {
    const file = parseEmbedded(text2);
    return file && file.format !== "properties" ? file.entries.map((e) => ({ key: e.key, value: e.value, line: e.line + 1 })) : [];
  }
  if (/\.(?:env|properties|ini|cfg|conf|toml)$|^\.env/i.test(name)) {
    const pairs2 = parseKeyValueLines(text2, { minShare: 0, colon: !/\.env$|^\.env/i.test(name) }) ?? [];
    return pairs2.map((p) => ({ key: p.key, value: p.value, line: p.line + 1 }));
  }
  return [];
}
function generatorEntries(doc, repo, field) {
  const value = doc.value;
  if (!isObj(value) || !Array.isArray(value[field])) return [];
  const out = [];
  value[field].forEach((gen, g) => {
    if (!isObj(gen)) return;
    const generator = typeof gen.name === "string" ? gen.name : `#${g}`;
    const base = [field, g];
    const list = (k) => Array.isArray(gen[k]) ? gen[k] : [];
    list("literals").forEach((item, i) => {
      if (typeof item !== "string") return;
      const kv = splitAssignment(item);
      if (kv) out.push({ generator, key: kv[0], value: unquote(kv[1]), source: "literal", path: [...base, "literals", i] });
    });
    const envFiles = list("envs").map((item, i) => [item, [...base, "envs", i]]);
    if (typeof gen.env === "string") envFiles.push([gen.env, [...base, "env"]]);
    for (const [item, path4] of envFiles) {
      if (typeof item !== "string") continue;
      const file = resolveRepoPath(doc.file, item.trim());
      const text2 = file === void 0 ? void 0 : repo.readText(file);
      if (file === void 0 || text2 === void 0 || isEncrypted2(text2) || isBinary(text2)) continue;
      for (const p of parseKeyValueLines(text2, { minShare: 0, colon: false }) ?? []) {
        out.push({ generator, key: p.key, value: p.value, source: "env", path: path4, file, fileLine: p.line + 1 });
      }
    }
    list("files").forEach((item, i) => {
      if (typeof item !== "string") return;
      const kv = splitAssignment(item);
      const rel = (kv ? kv[1] : item).trim();
      const file = resolveRepoPath(doc.file, rel);
      const text2 = file === void 0 ? void 0 : repo.readText(file);
      if (file === void 0 || text2 === void 0 || isEncrypted2(text2) || isBinary(text2)) return;
      const name = rel.slice(rel.lastIndexOf("/") + 1);
      const path4 = [...base, "files", i];
      out.push({ generator, key: kv ? kv[0] : name, value: text2, source: "file", path: path4, file, fileLine: 1 });
      for (const p of embeddedPairs(name, text2)) {
        out.push({ generator, key: p.key, value: p.value, source: "embedded", path: path4, file, fileLine: p.line });
      }
    });
  });
  return out;
}
function generatorCredentials(doc, repo, field) {
  const entries = generatorEntries(doc, repo, field);
  const out = [];
  const wholeFileHit = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    if (entry.source === "embedded" && wholeFileHit.has(entry.path.join("/"))) continue;
    let verdict;
    let what = "";
    if (entry.source === "file") {
      const structured = entries.some((e) => e.source === "embedded" && e.path.join("/") === entry.path.join("/"));
      const format = matchFormat(entry.value);
      if (format) [verdict, what] = ["credential", format.name];
      else if (!structured) {
        const key = hasCredentialTail(entry.key) ? entry.key : entry.key.replace(/\.[A-Za-z0-9]{1,5}$/, "");
        const judged = judgeWithUrls(key, entry.value.trim());
        if (judged.verdict !== "quiet") [verdict, what] = [judged.verdict, judged.what];
      }
      if (verdict) wholeFileHit.add(entry.path.join("/"));
    } else {
      const judged = judgeWithUrls(entry.key, entry.value);
      if (judged.verdict !== "quiet") [verdict, what] = [judged.verdict, judged.what];
    }
    if (verdict) out.push({ entry, verdict, what, length: [...entry.value.trim()].length });
  }
  return out;
}
function groupByFileEntry(hits) {
  const byEntry = /* @__PURE__ */ new Map();
  for (const h of hits) {
    const k = h.entry.path.join("\0");
    byEntry.set(k, [...byEntry.get(k) ?? [], h]);
  }
  return [...byEntry.values()];
}

// src/rules/secret-plaintext.ts
function isSopsEncrypted(value) {
  if (value.sops && typeof value.sops === "object") return true;
  const blocks = [value.data, value.stringData];
  return blocks.some(
    (b) => b && typeof b === "object" && Object.values(b).some((v) => typeof v === "string" && /^ENC\[[A-Z0-9_]+,/.test(v.trim()))
  );
}
function isPlainCoreSecret(doc) {
  const value = doc.value;
  return doc.kind === "Secret" && doc.apiVersion === "v1" && !isSopsEncrypted(value);
}
function secretEntries(value) {
  const out = [];
  for (const field of ["stringData", "data"]) {
    const block = value[field];
    if (!block || typeof block !== "object" || Array.isArray(block)) continue;
    for (const [key, raw] of Object.entries(block)) {
      if (typeof raw !== "string") continue;
      if (field === "stringData") {
        out.push({ field, key, text: raw, asWritten: true, binary: false });
        continue;
      }
      const bytes = decodeBase64Bytes(raw);
      if (!bytes) out.push({ field, key, text: raw, asWritten: true, binary: false });
      else if (isText(bytes)) out.push({ field, key, text: bytes.toString("utf8"), asWritten: false, binary: false });
      else out.push({ field, key, text: bytes.toString("latin1"), asWritten: false, binary: true });
    }
  }
  return out;
}
function hitProblems(field, key, hits, asWritten, messages) {
  return hits.map((h) => {
    const p = {
      messageId: h.verdict === "weak" ? h.innerKey ? "weakEmbedded" : "weak" : h.innerKey ? messages.embedded : messages.plain,
      path: h.innerKey ? [field, key, h.innerKey] : [field, key],
      params: { key, what: h.what, length: h.length, innerKey: h.innerKey ?? "" },
      evidence: h.evidence
    };
    if (h.verdict === "weak") p.severity = "warning";
    if (asWritten && h.innerLine !== void 0) p.innerLine = h.innerLine;
    return p;
  });
}
var secretPlaintext = {
  meta: {
    id: "secret-plaintext",
    title: "Secret stores a credential in plain text",
    defaultSeverity: "error",
    messages: {
      stringData: "{resource} stores key {key} in plain text in stringData ({what}, {length} characters).",
      data: "{resource} stores key {key} in data as base64, which anyone can decode ({what}, {length} characters).",
      embedded: "{resource} stores a credential at {innerKey} inside the file in key {key} ({what}, {length} characters).",
      weak: "{resource} sets key {key} to a well-known default credential ({length} characters): committed and guessable.",
      weakEmbedded: "{resource} sets {innerKey} inside the file in key {key} to a well-known default credential ({length} characters)."
    },
    remediation: "Move the value out of git (a SealedSecret, an ExternalSecret, or SOPS), then rotate it: it is already in the history.",
    crossReferences: [
      { tool: "checkov", id: "CKV_SECRET_*" },
      { tool: "trivy", id: "secret scanning (no base64 decoding)" },
      { tool: "kube-linter", id: "env-var-secret (env only)" },
      { tool: "gitleaks", id: "generic-api-key" },
      { tool: "secretlint", id: "@secretlint/secretlint-rule-preset-recommend" }
    ]
  },
  target: { kinds: ["Secret"] },
  check(doc) {
    if (!isPlainCoreSecret(doc)) return [];
    const problems = [];
    const value = doc.value;
    for (const e of secretEntries(value)) {
      if (e.binary) {
        const raw = String(value.data[e.key]);
        const asTyped = judgeAll(e.key, raw);
        if (asTyped.length > 0) problems.push(...hitProblems(e.field, e.key, asTyped, false, { plain: e.field, embedded: "embedded" }));
        else if (keyStrength(e.key) === "strong") {
          problems.push({
            messageId: "data",
            path: [e.field, e.key],
            params: { key: e.key, what: "binary credential-named value", length: e.text.length },
            evidence: redact(e.text, "binary")
          });
        }
        continue;
      }
      const hits = judgeAll(e.key, e.text, { inSecret: true });
      problems.push(...hitProblems(e.field, e.key, hits, e.asWritten, { plain: e.field, embedded: "embedded" }));
    }
    return problems;
  }
};

// src/rules/configmap-secret.ts
var configmapSecret = {
  meta: {
    id: "configmap-secret",
    title: "ConfigMap holds a credential",
    defaultSeverity: "error",
    messages: {
      data: "{resource} holds a credential under key {key} ({what}, {length} characters): ConfigMaps are readable by anyone who can read config.",
      embedded: "{resource} holds a credential at {innerKey} inside the file in key {key} ({what}, {length} characters).",
      binaryData: "{resource} holds a credential in binaryData key {key} once decoded ({what}, {length} characters).",
      weak: "{resource} sets key {key} to a well-known default credential ({length} characters): committed and guessable.",
      weakEmbedded: "{resource} sets {innerKey} inside the file in key {key} to a well-known default credential ({length} characters).",
      generatorLiteral: "configMapGenerator {generator} sets {key} to a credential ({what}, {length} characters): the generated ConfigMap carries it.",
      generatorFile: "configMapGenerator {generator} reads {file}, which holds a credential under {key} ({what}, {length} characters).",
      generatorWeak: "configMapGenerator {generator} sets {key} to a well-known default credential ({length} characters)."
    },
    remediation: "Move the credential into a Secret kept out of git (a SealedSecret, an ExternalSecret, or SOPS) and reference it; then rotate it, since it is already in the history.",
    crossReferences: [
      { tool: "trivy", id: "KSV-0109 (ConfigMap with secrets)" },
      { tool: "checkov", id: "CKV_SECRET_*" }
    ]
  },
  target: { roles: ["object", "kustomization"] },
  check(doc, context) {
    if (doc.role === "kustomization") return generatorProblems(doc, context.repo);
    if (doc.kind !== "ConfigMap" || doc.apiVersion !== "v1") return [];
    const value = doc.value;
    const problems = [];
    const data = value.data;
    if (data && typeof data === "object" && !Array.isArray(data)) {
      for (const [key, raw] of Object.entries(data)) {
        if (typeof raw !== "string") continue;
        problems.push(...hitProblems("data", key, judgeAll(key, raw), true, { plain: "data", embedded: "embedded" }));
      }
    }
    const binary2 = value.binaryData;
    if (binary2 && typeof binary2 === "object" && !Array.isArray(binary2)) {
      for (const [key, raw] of Object.entries(binary2)) {
        if (typeof raw !== "string") continue;
        const bytes = decodeBase64Bytes(raw);
        if (!bytes || !isText(bytes)) continue;
        const hits = judgeAll("", bytes.toString("utf8")).filter((h) => h.verdict === "credential");
        problems.push(...hitProblems("binaryData", key, hits.slice(0, 1).map((h) => ({ ...h, innerKey: void 0 })), false, { plain: "binaryData", embedded: "binaryData" }));
      }
    }
    return problems;
  }
};
function generatorProblems(doc, repo) {
  const hits = generatorCredentials(doc, repo, "configMapGenerator");
  const literals = hits.filter((h) => h.entry.source === "literal").map((h) => ({
    messageId: h.verdict === "weak" ? "generatorWeak" : "generatorLiteral",
    path: h.entry.path,
    params: { generator: h.entry.generator, key: h.entry.key, what: h.what, length: h.length },
    ...h.verdict === "weak" ? { severity: "warning" } : {}
  }));
  const files = groupByFileEntry(hits.filter((h) => h.entry.source !== "literal")).map((group2) => {
    const first = group2.find((h) => h.verdict === "credential") ?? group2[0];
    return {
      messageId: first.verdict === "weak" ? "generatorWeak" : "generatorFile",
      path: first.entry.path,
      params: { generator: first.entry.generator, file: first.entry.file ?? "", key: first.entry.key, what: first.what, length: first.length },
      ...first.verdict === "weak" ? { severity: "warning" } : {}
    };
  });
  return [...literals, ...files];
}

// src/rules/yaml-comments.ts
var SEPARATOR = /^(?:---|\.\.\.)(?:\s|$)/;
var isNotContent = (line) => /^\s*(?:#.*)?$/.test(line) || SEPARATOR.test(line);
function allNotContent(lines, from, to) {
  for (let i = from; i < to; i++) if (!isNotContent(lines[i])) return false;
  return true;
}
function documentLines(doc, lines) {
  const span = doc.lineSpan();
  let first = span.startLine;
  let last = Math.min(span.endLine, lines.length);
  if (doc.item !== void 0) return { first, last };
  while (first > 1 && !SEPARATOR.test(lines[first - 2])) first--;
  while (last < lines.length && !SEPARATOR.test(lines[last])) last++;
  if (allNotContent(lines, 0, first - 1)) first = 1;
  if (allNotContent(lines, last, lines.length)) last = lines.length;
  return { first, last };
}
function commentStart(line) {
  let quote;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else quote = void 0;
      } else if (c === "\\" && quote === '"') i++;
      continue;
    }
    if (c === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "	")) return i;
    if ((c === '"' || c === "'") && (i === 0 || /[\s:,[{-]/.test(line[i - 1]))) quote = c;
  }
  return -1;
}
function mayOpenBlock(code) {
  const t = code.trimEnd();
  const tail = t.slice(-4);
  return tail.includes("|") || tail.includes(">");
}
var indentOf = (line) => line.length - line.trimStart().length;
function blockParentIndent(code) {
  const prefix2 = code.match(/^(\s*(?:-\s+)*)/)?.[1] ?? "";
  const rest = code.slice(prefix2.length);
  return /^[|>]/.test(rest) && prefix2.includes("-") ? prefix2.lastIndexOf("-") : prefix2.length;
}
function yamlComments(lines, first, last) {
  const out = [];
  let blockParent = -1;
  for (let n = first; n <= last; n++) {
    const line = lines[n - 1] ?? "";
    if (blockParent >= 0) {
      if (line.trim() === "" || indentOf(line) > blockParent) continue;
      blockParent = -1;
    }
    const at2 = line.includes("#") ? commentStart(line) : -1;
    if (at2 >= 0) out.push({ line: n, text: line.slice(at2 + 1) });
    const code = at2 >= 0 ? line.slice(0, at2) : line;
    if (mayOpenBlock(code) && /(?:^|[:\-?]\s)\s*[|>][-+0-9]{0,2}$/.test(code.trimEnd())) blockParent = blockParentIndent(code);
  }
  return out;
}

// src/rules/credential-in-manifest.ts
var LAST_APPLIED2 = "kubectl.kubernetes.io/last-applied-configuration";
var SAFE_KINDS = /* @__PURE__ */ new Set(["SealedSecret", "SopsSecret"]);
var REFERENCE_KINDS = /* @__PURE__ */ new Set(["ExternalSecret", "ClusterExternalSecret", "PushSecret", "ClusterPushSecret", "SecretProviderClass"]);
function formatIn(text2) {
  const format = matchFormat(text2);
  if (format) {
    const index = Math.max(0, text2.search(format.pattern));
    return { verdict: "credential", what: format.name, index };
  }
  return urlCredentialIn(text2, true);
}
function isBuiltIn(apiVersion) {
  if (!apiVersion.includes("/")) return true;
  const group2 = apiVersion.slice(0, apiVersion.indexOf("/"));
  return !group2.includes(".") || group2.endsWith(".k8s.io");
}
var OBJECT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var KEY_NAME = /^[-._a-zA-Z0-9]{1,253}$/;
var SECRET_ROLES = /* @__PURE__ */ new Set([
  "client",
  "cookie",
  "shared",
  "app",
  "api",
  "jwt",
  "webhook",
  "hmac",
  "session",
  "consumer",
  "token",
  "signing",
  "encryption",
  "master",
  "oauth",
  "access",
  "admin",
  "root",
  "bootstrap",
  "join",
  "cluster",
  "application",
  "private"
]);
function isReferenceField(key, value, parent) {
  if (/^existing|(?:secret|Secret)(?:Name|Ref|KeyRef)$|(?:Name|Ref|Refs|Selector)$/.test(key)) return true;
  if (parent && (typeof parent.secretName === "string" || typeof parent.secretRef === "string")) return true;
  if (/^secret[-_]?keys?$/i.test(key) && KEY_NAME.test(value)) return true;
  if (/key$/i.test(key) && /^[a-z][a-z0-9_.-]{0,62}$/i.test(value) && isCredentialKey(value)) return true;
  const role = key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().match(/([a-z0-9]+)[-_.]secret$/)?.[1];
  if (role && !SECRET_ROLES.has(role) && OBJECT_NAME.test(value) && !/\d/.test(value)) return true;
  if (/(?:[a-z0-9]Key|[-_]key)$/.test(key) && !/(?:api|access|private|signing|encryption|master|secret|client|license|auth)[-_]?key$/i.test(key)) {
    return KEY_NAME.test(value) && !/[A-Z].*[0-9]|[0-9].*[A-Z]/.test(value);
  }
  if (/secrets?$/i.test(key) && OBJECT_NAME.test(value) && value.includes("-") && !/\d/.test(value)) return true;
  return false;
}
function ownedPaths(doc) {
  if (doc.role === "kustomization") return skipSet([["secretGenerator"], ["configMapGenerator"]]);
  const owned = [];
  if (doc.kind === "Secret") owned.push(["data"], ["stringData"]);
  if (doc.kind === "ConfigMap") owned.push(["data"], ["binaryData"]);
  const pod = podSpecOf(doc);
  if (pod) {
    for (const c of containersOf(pod)) {
      const env = c.container.env;
      if (Array.isArray(env)) env.forEach((_, i) => owned.push([...c.path, "env", i, "value"]));
    }
  }
  return skipSet(owned);
}
var pathKey = (path4) => path4.join("\0");
function skipSet(paths) {
  return { keys: new Set(paths.map(pathKey)), lengths: new Set(paths.map((p) => p.length)) };
}
function walk(value, path4, key, visit, skip, parent) {
  if (skip.lengths.has(path4.length) && skip.keys.has(pathKey(path4))) return;
  if (typeof value === "string") visit(value, path4, key, parent);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path4.push(i);
      walk(value[i], path4, key, visit, skip, parent);
      path4.pop();
    }
  } else if (isObj(value)) {
    for (const k of Object.keys(value)) {
      path4.push(k);
      walk(value[k], path4, k, visit, skip, value);
      path4.pop();
    }
  }
}
var linesOf2 = /* @__PURE__ */ new WeakMap();
function fileLines(file) {
  let lines = linesOf2.get(file);
  if (!lines) {
    lines = file.text.split(/\r?\n/);
    linesOf2.set(file, lines);
  }
  return lines;
}
function whereOf(doc) {
  if (doc.role === "helm-values") return "Helm values";
  if (doc.role === "kustomization") return `Kustomization ${doc.file}`;
  return describeResource({ kind: doc.kind || "(no kind)", namespace: doc.namespace || void 0, name: doc.name || void 0 });
}
function dotted(path4) {
  return path4.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
function formatProblem(messageId, path4, text2, hit2, params) {
  const innerLine = text2.includes("\n") ? text2.slice(0, hit2.index).split("\n").length - 1 : void 0;
  return {
    messageId: hit2.verdict === "weak" ? "weak" : messageId,
    path: path4,
    innerLine,
    params: { ...params, field: dotted(path4), what: hit2.what, length: [...text2].length },
    severity: hit2.verdict === "weak" ? "warning" : void 0,
    evidence: redact(text2, hit2.what)
  };
}
var COMMAND_KEYS = /* @__PURE__ */ new Set(["command", "args", "script"]);
function flagIn(text2, stack, root) {
  const inline = findFlagCredentials(text2)[0];
  if (inline) return inline;
  const i = stack[stack.length - 1];
  if (typeof i !== "number" || i === 0) return void 0;
  const list = valueAt(root, stack.slice(0, -1));
  const previous = Array.isArray(list) ? list[i - 1] : void 0;
  const m = typeof previous === "string" ? previous.match(/^--?([A-Za-z][\w.-]{1,60})$/) : null;
  if (!m) return void 0;
  const hit2 = judgeFlag(m[1], text2);
  return hit2 ? { ...hit2, flag: m[1], index: 0, length: [...text2].length } : void 0;
}
function embeddedValuesHits(text2) {
  const file = parseEmbedded(text2);
  if (file?.format !== "yaml") return [];
  const hits = [];
  for (const e of file.entries) {
    if (!isCredentialKey(e.key) || isReferenceField(e.key, e.value, void 0)) continue;
    const judged = judgeWithUrls(e.key, e.value);
    if (judged.verdict !== "quiet") hits.push({ key: e.key, line: e.line, verdict: judged.verdict });
  }
  return hits;
}
function lastAppliedHits(json2) {
  let parsed;
  try {
    parsed = JSON.parse(json2);
  } catch {
    const hit2 = formatIn(json2);
    return hit2 && hit2.verdict === "credential" ? [hit2] : [];
  }
  const hits = [];
  walk(parsed, [], "", (text2) => {
    const hit2 = formatIn(text2);
    if (hit2?.verdict === "credential") hits.push(hit2);
  }, skipSet([]));
  return hits;
}
var credentialInManifest = {
  meta: {
    id: "credential-in-manifest",
    title: "Credential committed elsewhere in a manifest",
    defaultSeverity: "error",
    messages: {
      value: "{where} holds a credential in {field} ({what}, {length} characters).",
      annotation: "{where} annotation {key} holds a credential ({what}, {length} characters).",
      lastApplied: "{where} annotation " + LAST_APPLIED2 + " holds {count} credential value(s) in its copy of the object ({what}).",
      comment: "{where}: a YAML comment holds a credential ({what}).",
      template: "This template holds a literal credential ({what}) in its text: the file is not parsed as YAML, but the value is committed all the same.",
      named: "{where} sets {field} to a literal that looks like a credential ({length} characters): key {key} is credential-named.",
      namedWeak: "{where} sets {field} to a well-known default credential ({length} characters).",
      weak: "{where} has a URL with a well-known default password in {field}.",
      embedded: "{where} sets {count} credential-named key(s) to literals in the Helm values written in {field}: {keys}.",
      flag: "{where} passes a literal credential on the command line in {field}: flag {flag} ({length} characters).",
      flagWeak: "{where} passes a well-known default credential on the command line in {field}: flag {flag}."
    },
    remediation: "Take the value out of the manifest: reference a Secret kept out of git (SealedSecret, ExternalSecret, SOPS, or a chart's existingSecret), then rotate the credential: it is already in the history.",
    crossReferences: [
      { tool: "gitleaks", id: "default ruleset" },
      { tool: "secretlint", id: "@secretlint/secretlint-rule-preset-recommend" },
      { tool: "trivy", id: "secret scanning" },
      { tool: "checkov", id: "CKV_SECRET_*" }
    ]
  },
  target: { roles: ["object", "helm-values", "kustomization", "template"] },
  check(doc, context) {
    if (doc.role === "template") return templateProblems(String(doc.value));
    const value = doc.value;
    if (!isObj(value) && !Array.isArray(value)) return [];
    if (SAFE_KINDS.has(doc.kind) || isObj(value) && isObj(value.sops)) return [];
    const where = whereOf(doc);
    const problems = [];
    const custom = doc.role === "object" && !isBuiltIn(doc.apiVersion);
    const judgeKeys = doc.role === "helm-values" || custom && !REFERENCE_KINDS.has(doc.kind);
    const skip = ownedPaths(doc);
    walk(value, [], "", (text2, stack, key, parent) => {
      const inAnnotations = stack.length === 3 && stack[0] === "metadata" && stack[1] === "annotations" && doc.role === "object";
      if (inAnnotations && key === LAST_APPLIED2) {
        const hits = lastAppliedHits(text2);
        if (hits.length > 0) {
          problems.push({
            messageId: "lastApplied",
            path: [...stack],
            params: { where, count: hits.length, what: [...new Set(hits.map((h) => h.what))].join(", ") },
            evidence: redact(text2, "last-applied-configuration")
          });
        }
        return;
      }
      const hit2 = formatIn(text2);
      if (hit2) {
        problems.push(formatProblem(inAnnotations ? "annotation" : "value", [...stack], text2, hit2, { where, key }));
        return;
      }
      if (COMMAND_KEYS.has(key)) {
        const flag = flagIn(text2, stack, value);
        if (flag) {
          problems.push({
            messageId: flag.verdict === "weak" ? "flagWeak" : "flag",
            path: [...stack],
            innerLine: text2.includes("\n") ? text2.slice(0, flag.index).split("\n").length - 1 : void 0,
            params: { where, flag: flag.flag, field: dotted(stack), length: flag.length },
            severity: "warning",
            evidence: redact(text2, flag.what)
          });
          return;
        }
      }
      if (!judgeKeys || inAnnotations || custom && (stack[0] === "metadata" || stack[0] === "status")) return;
      if (key === "values" && text2.includes("\n")) {
        const hits = embeddedValuesHits(text2);
        if (hits.length > 0) {
          problems.push({
            messageId: "embedded",
            path: [...stack],
            innerLine: hits[0].line,
            params: { where, field: dotted(stack), keys: hits.map((h) => h.key).join(", "), count: hits.length },
            severity: "warning",
            evidence: redact(text2, "embedded Helm values")
          });
        }
        return;
      }
      const named = key === "value" && parent && typeof parent.name === "string" ? parent.name : key;
      if (!isCredentialKey(named) || isReferenceField(named, text2, named === key ? parent : void 0)) return;
      const judged = judgeWithUrls(named, text2);
      if (judged.verdict === "quiet") return;
      problems.push({
        messageId: judged.verdict === "weak" ? "namedWeak" : "named",
        path: [...stack],
        params: { where, key: named, field: dotted(stack), length: [...text2].length },
        severity: "warning",
        evidence: redact(text2, judged.what)
      });
    }, skip);
    const lines = fileLines(context.file);
    const { first, last } = documentLines(doc, lines);
    for (const comment of yamlComments(lines, first, last)) {
      const hit2 = formatIn(comment.text);
      if (hit2?.verdict !== "credential") continue;
      problems.push({ messageId: "comment", path: [], line: comment.line, params: { where, what: hit2.what }, evidence: redact(comment.text, hit2.what) });
    }
    return problems;
  }
};
function templateProblems(text2) {
  const problems = [];
  let line = 1;
  let counted = 0;
  for (const hit2 of findFormats(text2)) {
    if (hit2.verdict !== "credential") continue;
    for (let at2 = text2.indexOf("\n", counted); at2 >= 0 && at2 < hit2.index; at2 = text2.indexOf("\n", at2 + 1)) line++;
    counted = Math.max(counted, hit2.index);
    problems.push({ messageId: "template", path: ["@template"], line, params: { what: hit2.format.name } });
  }
  return problems;
}

// src/rules/env-literal-credential.ts
var LOCATION_SUFFIX = /^(.*?)(?:[-_.](?:file|path|dir)|(?<=[a-z0-9])(?:File|Path|Dir))$/i;
function judgeEnvValue(name, value) {
  const location = name.match(LOCATION_SUFFIX);
  if (location) {
    if (looksLikePath(value)) return { verdict: "quiet", why: "a path to a mounted secret" };
    return judgeWithUrls(location[1] || name, value);
  }
  return judgeWithUrls(name, value);
}
var envLiteralCredential = {
  meta: {
    id: "env-literal-credential",
    title: "Container env holds a literal credential",
    defaultSeverity: "error",
    messages: {
      literal: "{resource} container {container} sets env {key} to a literal credential ({what}, {length} characters).",
      weak: "{resource} container {container} sets env {key} to a well-known default credential ({length} characters): committed and guessable."
    },
    remediation: "Put the value in a Secret kept out of git (SealedSecret, ExternalSecret, SOPS) and read it with valueFrom.secretKeyRef or a file mount; rotate it, since it is already in the history.",
    crossReferences: [
      { tool: "kube-linter", id: "env-var-secret" },
      { tool: "checkov", id: "CKV_K8S_35" },
      { tool: "polaris", id: "hardcodedSecrets" },
      { tool: "kubesec", id: "env-secret" }
    ]
  },
  target: { kinds: [...POD_KINDS] },
  check(doc) {
    const pod = podSpecOf(doc);
    if (!pod) return [];
    const problems = [];
    for (const c of containersOf(pod)) {
      const env = c.container.env;
      if (!Array.isArray(env)) continue;
      env.forEach((entry, i) => {
        if (!entry || typeof entry !== "object") return;
        const { name, value, valueFrom } = entry;
        if (valueFrom !== void 0 || typeof value !== "string") return;
        const key = typeof name === "string" ? name : "";
        const judged = judgeEnvValue(key, value);
        if (judged.verdict === "quiet") return;
        const length = [...value].length;
        problems.push({
          messageId: judged.verdict === "weak" ? "weak" : "literal",
          path: [...c.path, "env", i, "value"],
          params: { container: c.name, key: key || `#${i}`, what: judged.what, length },
          severity: judged.verdict === "weak" ? "warning" : void 0,
          evidence: redact(value, judged.what)
        });
      });
    }
    return problems;
  }
};

// src/rules/internal-error.ts
var internalError = {
  meta: {
    id: "internal-error",
    title: "A rule failed on this document",
    defaultSeverity: "error",
    messages: {
      crashed: "Rule {rule} failed on this document ({error}), so this object was not fully checked; the other rules and files were. Please report it."
    },
    remediation: "Report this to the manifest-gate maintainers with the object (values removed); suppress it meanwhile if you must.",
    crossReferences: []
  },
  target: { roles: [] },
  check: () => []
};

// src/rules/kustomize-secret-literal.ts
function fileProblems(hits) {
  return groupByFileEntry(hits).map((group2) => {
    const first = group2[0].entry;
    const weakOnly = group2.every((h) => h.verdict === "weak");
    const keys = group2.map((h) => h.entry.fileLine ? `${h.entry.key} (line ${h.entry.fileLine})` : h.entry.key).join(", ");
    const whats = [...new Set(group2.map((h) => h.what))].join(", ");
    return {
      messageId: weakOnly ? "fileWeak" : "file",
      path: first.path,
      params: { generator: first.generator, file: first.file ?? "", keys, count: group2.length, what: whats },
      severity: weakOnly ? "warning" : void 0,
      evidence: redact(group2.map((h) => h.entry.value).join(""), whats)
    };
  });
}
var kustomizeSecretLiteral = {
  meta: {
    id: "kustomize-secret-literal",
    title: "Kustomize secretGenerator holds a committed credential",
    defaultSeverity: "error",
    messages: {
      literal: "{resource}: secretGenerator {generator} sets {key} from a literal credential ({what}, {length} characters).",
      weak: "{resource}: secretGenerator {generator} sets {key} to a well-known default credential ({length} characters): committed and guessable.",
      file: "{resource}: secretGenerator {generator} reads {file}, committed in the repository with {count} credential(s): {keys} ({what}).",
      fileWeak: "{resource}: secretGenerator {generator} reads {file}, committed in the repository with well-known default credential(s): {keys}."
    },
    remediation: "Keep generator inputs out of git (git-ignore the file and write it in CI, or generate the Secret with SOPS, a SealedSecret or an ExternalSecret), then rotate the credential: it is already in the history.",
    crossReferences: [
      { tool: "gitleaks", id: "generic-api-key" },
      { tool: "secretlint", id: "@secretlint/secretlint-rule-preset-recommend" }
    ]
  },
  target: { roles: ["kustomization"] },
  check(doc, context) {
    const hits = generatorCredentials(doc, context.repo, "secretGenerator");
    const problems = hits.filter((h) => h.entry.source === "literal").map((h) => ({
      messageId: h.verdict === "weak" ? "weak" : "literal",
      path: h.entry.path,
      params: { generator: h.entry.generator, key: h.entry.key, what: h.what, length: h.length },
      severity: h.verdict === "weak" ? "warning" : void 0,
      evidence: redact(h.entry.value, h.what)
    }));
    return [...problems, ...fileProblems(hits.filter((h) => h.entry.source !== "literal"))];
  }
};

// src/rules/manifest-parse-error.ts
var manifestParseError = {
  meta: {
    id: "manifest-parse-error",
    title: "Manifest cannot be parsed",
    defaultSeverity: "error",
    messages: {
      parse: "This document cannot be read as Kubernetes would read it: {reason}.",
      unreadable: "This file cannot be scanned: {reason}."
    },
    remediation: "Fix the YAML or JSON at this line (kubectl would reject it too), or exclude the file if it is not a manifest.",
    crossReferences: [{ tool: "kube-linter", id: "(parse failure)" }]
  },
  target: { roles: [] },
  check: () => []
};

// src/rules/manifest-template-skipped.ts
var manifestTemplateSkipped = {
  meta: {
    id: "manifest-template-skipped",
    title: "Template not scanned",
    defaultSeverity: "notice",
    messages: {
      skipped: "This file was not scanned because {reason}; render it (helm template, kustomize build) and scan the output."
    },
    remediation: "Scan rendered output in CI (for example `helm template \u2026 | tee rendered.yaml`), or exclude the templates folder.",
    crossReferences: []
  },
  target: { roles: [] },
  check: () => []
};

// src/rules/naming-convention.ts
var MAX_NAME = 253;
var compiled = /* @__PURE__ */ new Map();
function patternOf(source) {
  let re = compiled.get(source);
  if (!re) {
    try {
      re = new RegExp(source, "u");
    } catch (e) {
      re = e instanceof Error ? e : new Error("invalid pattern");
    }
    compiled.set(source, re);
  }
  return re;
}
var namingConvention = {
  meta: {
    id: "naming-convention",
    title: "Object name does not follow the naming convention",
    defaultSeverity: "off",
    messages: {
      mismatch: "{resource}: the name {name} does not match the naming convention {pattern}. Rename it.",
      invalidPattern: "The naming-convention pattern {pattern} is not a valid regular expression; fix options.pattern in the configuration."
    },
    remediation: "Rename the object to follow the configured convention (for example appname-env-purpose), or change the pattern.",
    crossReferences: [],
    options: {
      pattern: { type: "regex", required: true, description: "The regular expression every object name must match, e.g. ^[a-z0-9]+-(dev|staging|prod)-[a-z0-9-]+$." },
      kinds: { type: "string[]", description: "Only objects of these kinds are checked (default: every kind)." }
    }
  },
  target: {},
  check(doc, ctx) {
    const pattern = ctx.options.pattern;
    if (typeof pattern !== "string" || pattern === "" || !doc.name) return [];
    const kinds = ctx.options.kinds;
    if (Array.isArray(kinds) && !kinds.includes(doc.kind)) return [];
    const re = patternOf(pattern);
    if (re instanceof Error) return [{ messageId: "invalidPattern", path: ["metadata", "name"], params: { pattern } }];
    if (doc.name.length <= MAX_NAME && re.test(doc.name)) return [];
    return [{ messageId: "mismatch", path: ["metadata", "name"], params: { name: doc.name.slice(0, MAX_NAME), pattern } }];
  }
};

// src/rules/object-too-large.ts
var objectTooLarge = {
  meta: {
    id: "object-too-large",
    title: "Object exceeds an API server size limit",
    defaultSeverity: "error",
    messages: {
      configmap: "{resource} holds {measured} of data and binaryData values; the API server rejects a ConfigMap over {limit}. Split it, or move the payload to object storage or an image and keep a reference here.",
      secret: "{resource} holds {measured} of decoded values; the API server rejects a Secret over {limit}. Split it, or keep the large file outside Kubernetes (object storage, a CSI secret store) and mount it.",
      annotations: "{resource} has {measured} of annotations (keys plus values); the API server rejects more than {limit}. Move the large annotation into a ConfigMap or the object's spec.",
      etcd: "{resource} is {measured} as JSON; etcd refuses requests over {limit} by default. Split the object or move its payload out of the manifest."
    },
    remediation: "Split the object, or move the large payload to object storage or a volume (an image, an init container download) and keep only a reference here.",
    crossReferences: []
  },
  target: {},
  check(doc) {
    const v = apiServerRejection(doc);
    if (!v) return [];
    return [{ messageId: v.messageId, path: [], onObject: true, params: { measured: formatBytes(v.measured), limit: formatBytes(v.limit) } }];
  }
};

// src/rules/rbac-model.ts
var READ_VERBS = ["get", "list", "watch"];
var WRITE_VERBS = ["create", "update", "patch", "delete", "deletecollection"];
var NARROWABLE = /* @__PURE__ */ new Set(["get", "update", "patch", "delete"]);
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function policyRules(value) {
  const rules = value?.rules;
  if (!Array.isArray(rules)) return [];
  return rules.map((r) => {
    const o = r && typeof r === "object" ? r : {};
    return {
      apiGroups: strings(o.apiGroups),
      resources: strings(o.resources),
      verbs: strings(o.verbs),
      resourceNames: strings(o.resourceNames)
    };
  });
}
function coversCoreGroup(rule) {
  return rule.apiGroups.includes("") || rule.apiGroups.includes("*");
}
function coversSecrets(rule) {
  return coversCoreGroup(rule) && (rule.resources.includes("secrets") || rule.resources.includes("*"));
}
function secretGrant(rule) {
  const grant = { broadRead: [], narrowRead: [], broadWrite: [], narrowWrite: [] };
  if (!coversSecrets(rule)) return grant;
  const all = rule.verbs.includes("*");
  const narrowed = rule.resourceNames.length > 0;
  for (const verb of READ_VERBS) {
    if (!all && !rule.verbs.includes(verb)) continue;
    (narrowed && NARROWABLE.has(verb) ? grant.narrowRead : grant.broadRead).push(verb);
  }
  for (const verb of WRITE_VERBS) {
    if (!all && !rule.verbs.includes(verb)) continue;
    (narrowed && NARROWABLE.has(verb) ? grant.narrowWrite : grant.broadWrite).push(verb);
  }
  return grant;
}
function wildcardsOf(rule) {
  return { verbs: rule.verbs.includes("*"), resources: rule.resources.includes("*") };
}
var POD_CREATORS = {
  pods: [""],
  replicationcontrollers: [""],
  deployments: ["apps", "extensions"],
  replicasets: ["apps", "extensions"],
  daemonsets: ["apps", "extensions"],
  statefulsets: ["apps"],
  jobs: ["batch"],
  cronjobs: ["batch"]
};
var CREATE_SUBRESOURCES = {
  "pods/exec": "exec into pods (and read their mounted Secrets)",
  "pods/attach": "attach to pods (and read what they print)",
  "serviceaccounts/token": "mint ServiceAccount tokens (and act as any ServiceAccount of the namespace)"
};
var RBAC_GROUP = "rbac.authorization.k8s.io";
function inGroup(rule, groups) {
  return rule.apiGroups.includes("*") || groups.some((g) => rule.apiGroups.includes(g));
}
function escalationPaths(rule) {
  const paths = [];
  const has = (verb) => rule.verbs.includes(verb);
  if (has("create")) {
    const workloads = rule.resources.filter((r) => POD_CREATORS[r] && inGroup(rule, POD_CREATORS[r]));
    if (workloads.length) paths.push(`create ${workloads.join("/")} (a pod can mount any Secret of its namespace)`);
    for (const sub of rule.resources) {
      if (CREATE_SUBRESOURCES[sub] && inGroup(rule, [""])) paths.push(CREATE_SUBRESOURCES[sub]);
    }
  }
  if (has("impersonate") && rule.resources.length) paths.push(`impersonate ${rule.resources.join("/")} (and use their access)`);
  const roles = rule.resources.filter((r) => (r === "roles" || r === "clusterroles") && inGroup(rule, [RBAC_GROUP]));
  const grantVerbs = ["bind", "escalate"].filter(has);
  if (roles.length && grantVerbs.length) paths.push(`${grantVerbs.join("/")} ${roles.join("/")} (and grant themselves Secret access)`);
  return paths;
}

// src/rules/rbac-bindings.ts
var RBAC_KINDS = ["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"];
var READING_BUILTINS = /* @__PURE__ */ new Set(["cluster-admin", "admin", "edit"]);
var BUILTIN_AGGREGATION = {
  admin: "rbac.authorization.k8s.io/aggregate-to-admin",
  edit: "rbac.authorization.k8s.io/aggregate-to-edit",
  view: "rbac.authorization.k8s.io/aggregate-to-view"
};
var asObj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var str = (v) => typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : "";
function roleRefOf(binding) {
  const ref = asObj(asObj(binding.value).roleRef);
  const kind = str(ref.kind);
  const name = str(ref.name);
  if (kind !== "Role" && kind !== "ClusterRole" || !name) return void 0;
  return { kind, name };
}
function subjectsOf(binding) {
  const list = asObj(binding.value).subjects;
  if (!Array.isArray(list)) return [];
  return list.map((s, index) => {
    const o = asObj(s);
    const namespace = str(o.namespace) || (str(o.kind) === "ServiceAccount" ? binding.namespace : "");
    return { index, kind: str(o.kind), name: str(o.name), namespace };
  });
}
function labelsOf(doc) {
  return asObj(asObj(asObj(doc.value).metadata).labels);
}
function selectorMatches(selector, labels) {
  const sel = asObj(selector);
  for (const [k, v] of Object.entries(asObj(sel.matchLabels))) {
    if (!(k in labels) || str(labels[k]) !== str(v)) return false;
  }
  const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions : [];
  for (const e of exprs) {
    const { key, operator, values } = asObj(e);
    const k = str(key);
    const vals = Array.isArray(values) ? values.map(str) : [];
    const present = k in labels;
    const value = str(labels[k]);
    switch (str(operator)) {
      case "In":
        if (!present || !vals.includes(value)) return false;
        break;
      case "NotIn":
        if (present && vals.includes(value)) return false;
        break;
      case "Exists":
        if (!present) return false;
        break;
      case "DoesNotExist":
        if (present) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
var RbacModel = class {
  roles;
  clusterRoles;
  constructor(index) {
    this.roles = index.ofKind("Role");
    this.clusterRoles = index.ofKind("ClusterRole");
  }
  /** What the role a binding refers to lets its subjects read; `namespace` and `file` are the binding's. */
  resolve(ref, namespace, file) {
    if (ref.kind === "Role") {
      const exact = this.roles.filter((r) => r.name === ref.name && r.namespace === namespace);
      const found2 = nearest(exact.length ? exact : this.roles.filter((r) => r.name === ref.name && (!r.namespace || !namespace)), file);
      if (!found2.length) return { status: "missing" };
      return { status: "known", reads: found2.flatMap((r) => ownReads(r, `Role ${ref.name}`)) };
    }
    if (READING_BUILTINS.has(ref.name)) {
      return { status: "known", reads: [{ via: `built-in ClusterRole ${ref.name}`, broad: ["get", "list", "watch"], narrow: [] }] };
    }
    const found = nearest(this.clusterRoles.filter((r) => r.name === ref.name), file);
    if (found.length) return { status: "known", reads: found.flatMap((r) => this.clusterRoleReads(r, `ClusterRole ${ref.name}`, /* @__PURE__ */ new Set())) };
    const label = BUILTIN_AGGREGATION[ref.name];
    if (label) {
      const selector = { matchLabels: { [label]: "true" } };
      return { status: "known", reads: this.aggregatedReads([selector], `built-in ClusterRole ${ref.name}`, /* @__PURE__ */ new Set()) };
    }
    return ref.name.startsWith("system:") ? { status: "system" } : { status: "missing" };
  }
  clusterRoleReads(role, via, seen) {
    if (seen.has(role)) return [];
    seen.add(role);
    const aggregation = asObj(asObj(role.value).aggregationRule);
    if (Array.isArray(aggregation.clusterRoleSelectors)) return this.aggregatedReads(aggregation.clusterRoleSelectors, via, seen);
    return ownReads(role, via);
  }
  aggregatedReads(selectors, via, seen) {
    return this.clusterRoles.filter((r) => selectors.some((s) => s !== null && typeof s === "object" && selectorMatches(s, labelsOf(r)))).flatMap((r) => this.clusterRoleReads(r, `${via}, which aggregates ClusterRole ${r.name}`, seen));
  }
};
function nearest(candidates, file) {
  const dirs = file.split("/").slice(0, -1);
  const shared = (doc) => {
    const other = doc.file.split("/").slice(0, -1);
    let n = 0;
    while (n < dirs.length && n < other.length && dirs[n] === other[n]) n++;
    return n;
  };
  const best = Math.max(-1, ...candidates.map(shared));
  return candidates.filter((c) => shared(c) === best);
}
function ownReads(role, via) {
  const reads = [];
  policyRules(role.value).forEach((rule, i) => {
    const g = secretGrant(rule);
    if (g.broadRead.length || g.narrowRead.length) reads.push({ via: `${via} (rule ${i + 1})`, broad: g.broadRead, narrow: g.narrowRead });
  });
  return reads;
}
var models = /* @__PURE__ */ new WeakMap();
function rbacModelOf(index) {
  let model = models.get(index);
  if (!model) {
    model = new RbacModel(index);
    models.set(index, model);
  }
  return model;
}
function describeSubject(s) {
  return `${s.kind || "subject"} ${s.namespace ? `${s.namespace}/` : ""}${s.name}`;
}
function broadAudience(s) {
  switch (s.name) {
    case "system:authenticated":
      return "every authenticated user and ServiceAccount";
    case "system:unauthenticated":
      return "every unauthenticated request";
    case "system:anonymous":
      return "anonymous requests";
    case "system:serviceaccounts":
      return "every ServiceAccount in the cluster";
  }
  if (s.name.startsWith("system:serviceaccounts:")) return `every ServiceAccount in namespace ${s.name.slice("system:serviceaccounts:".length)}`;
  const asUser = /^system:serviceaccount:[^:]+:default$/.test(s.name);
  if (s.kind === "ServiceAccount" && s.name === "default" || asUser) return "every pod of the namespace that names no other ServiceAccount";
  return void 0;
}

// src/rules/rbac-broad-subject.ts
function strongest(reads) {
  return reads.find((r) => r.broad.length) ?? reads[0];
}
var rbacBroadSubject = {
  meta: {
    id: "rbac-broad-subject",
    title: "Secret-reading role bound to a broad subject",
    defaultSeverity: "error",
    messages: {
      reads: "{subject} ({audience}) can {verbs} Secrets {scope} through {binding} \u2192 {via}.",
      readsNamed: "{subject} ({audience}) can {verbs} the Secrets named in {via}, {scope}, through {binding}.",
      roleNotFound: "{subject} ({audience}) is bound to {role} through {binding}, but {role} is defined nowhere in {where}, so whether it reads Secrets is unknown."
    },
    remediation: "Bind Secret-reading roles to a dedicated ServiceAccount of the one workload that needs them, never to a system: group or a default ServiceAccount.",
    crossReferences: [
      { tool: "kube-linter", id: "access-to-secrets" },
      { tool: "trivy", id: "KSV041" },
      { tool: "cis", id: "5.1.2" },
      { tool: "cis", id: "5.1.5" }
    ]
  },
  target: { kinds: [...RBAC_KINDS] },
  scope: "repository",
  check(doc, ctx) {
    if (doc.kind !== "RoleBinding" && doc.kind !== "ClusterRoleBinding") return [];
    const ref = roleRefOf(doc);
    if (!ref) return [];
    const broad = subjectsOf(doc).flatMap((s) => {
      const audience = broadAudience(s);
      return audience ? [{ s, audience }] : [];
    });
    if (!broad.length) return [];
    const binding = `${doc.kind} ${doc.name || "(generated name)"}`;
    const scope = doc.kind === "ClusterRoleBinding" ? "in all namespaces" : doc.namespace ? `in namespace ${doc.namespace}` : "in the namespace it is applied to";
    const resolved = rbacModelOf(ctx.index).resolve(ref, doc.namespace, doc.file);
    if (resolved.status === "system") return [];
    if (resolved.status === "missing") {
      const { s, audience } = broad[0];
      const where = ctx.index.wholeRepository ? "the repository" : "the scanned files";
      return [{ messageId: "roleNotFound", path: ["subjects", s.index], severity: "notice", params: { subject: describeSubject(s), audience, binding, role: `${ref.kind} ${ref.name}`, where } }];
    }
    const read = strongest(resolved.reads);
    if (!read) return [];
    const problems = [];
    for (const { s, audience } of broad) {
      const params = { subject: describeSubject(s), audience, binding, scope, via: read.via };
      if (read.broad.length) problems.push({ messageId: "reads", path: ["subjects", s.index], severity: "error", params: { ...params, verbs: read.broad.join("/") } });
      else problems.push({ messageId: "readsNamed", path: ["subjects", s.index], severity: "warning", params: { ...params, verbs: read.narrow.join("/") } });
    }
    return problems;
  }
};

// src/rules/rbac-cluster-admin-binding.ts
function isMachineOrGroup(s) {
  if (s.kind === "ServiceAccount") return true;
  if (s.kind === "Group") return s.name.startsWith("system:");
  return s.kind === "User" && (s.name.startsWith("system:serviceaccount:") || s.name === "system:anonymous");
}
var rbacClusterAdminBinding = {
  meta: {
    id: "rbac-cluster-admin-binding",
    title: "cluster-admin bound to a ServiceAccount or a system group",
    defaultSeverity: "warning",
    messages: {
      cluster: "{subject} gets cluster-admin in all namespaces through {binding}: full control of the cluster, every Secret included.",
      namespaced: "{subject} gets cluster-admin in namespace {namespace} through {binding}: full control of the namespace, its Secrets included."
    },
    remediation: "Bind a role that grants only what the workload needs; keep cluster-admin for named people, through a break-glass process.",
    crossReferences: [
      { tool: "kube-linter", id: "cluster-admin-role-binding" },
      { tool: "checkov", id: "CKV2_K8S_6" },
      { tool: "trivy", id: "KSV111" },
      { tool: "cis", id: "5.1.1" }
    ]
  },
  target: { kinds: ["RoleBinding", "ClusterRoleBinding"] },
  check(doc) {
    const ref = roleRefOf(doc);
    if (!ref || ref.kind !== "ClusterRole" || ref.name !== "cluster-admin") return [];
    const cluster = doc.kind === "ClusterRoleBinding";
    const binding = `${doc.kind} ${doc.name || "(generated name)"}`;
    const problems = [];
    for (const s of subjectsOf(doc)) {
      if (!isMachineOrGroup(s)) continue;
      problems.push({
        messageId: cluster ? "cluster" : "namespaced",
        path: ["subjects", s.index],
        params: { subject: describeSubject(s), binding, namespace: doc.namespace || "(the one it is applied to)" }
      });
    }
    return problems;
  }
};

// src/rules/rbac-secret-access.ts
var rbacSecretAccess = {
  meta: {
    id: "rbac-secret-access",
    title: "Role grants access to Secrets",
    defaultSeverity: "error",
    messages: {
      clusterRead: "{resource} rule {rule} lets its subjects {verbs} every Secret{also}; through a ClusterRoleBinding, that is every Secret in every namespace.",
      namespacedRead: "{resource} rule {rule} lets its subjects {verbs} every Secret in {namespace}{also}.",
      narrowRead: "{resource} rule {rule} lets its subjects {verbs} the Secrets it names ({names}).",
      write: "{resource} rule {rule} lets its subjects {verbs} Secrets.",
      narrowWrite: "{resource} rule {rule} lets its subjects {verbs} the Secrets it names ({names})."
    },
    remediation: "Grant only the verbs and the named Secrets the workload needs (resourceNames with get), never list or watch; mount Secrets into pods instead of reading them through the API.",
    crossReferences: [
      { tool: "kube-linter", id: "access-to-secrets" },
      { tool: "checkov", id: "CKV2_K8S_5" },
      { tool: "trivy", id: "KSV041" },
      { tool: "cis", id: "5.1.2" }
    ]
  },
  target: { kinds: ["Role", "ClusterRole"] },
  check(doc) {
    const cluster = doc.kind === "ClusterRole";
    const problems = [];
    policyRules(doc.value).forEach((rule, i) => {
      const g = secretGrant(rule);
      const path4 = ["rules", i];
      const params = { rule: i + 1, namespace: doc.namespace ? `namespace ${doc.namespace}` : "the namespace it is applied to", names: rule.resourceNames.join(", ") };
      if (g.broadRead.length) {
        problems.push({
          messageId: cluster ? "clusterRead" : "namespacedRead",
          path: path4,
          severity: cluster ? "error" : "warning",
          params: { ...params, verbs: g.broadRead.join("/"), also: g.narrowRead.length ? ` (and ${g.narrowRead.join("/")} the Secrets it names)` : "" }
        });
      } else if (g.narrowRead.length) {
        problems.push({ messageId: "narrowRead", path: path4, severity: "notice", params: { ...params, verbs: g.narrowRead.join("/") } });
      } else if (g.broadWrite.length) {
        problems.push({ messageId: "write", path: path4, severity: "warning", params: { ...params, verbs: [...g.broadWrite, ...g.narrowWrite].join("/") } });
      } else if (g.narrowWrite.length) {
        problems.push({ messageId: "narrowWrite", path: path4, severity: "notice", params: { ...params, verbs: g.narrowWrite.join("/") } });
      }
    });
    return problems;
  }
};

// src/rules/rbac-secret-escalation.ts
var rbacSecretEscalation = {
  meta: {
    id: "rbac-secret-escalation",
    title: "Role rule gives an indirect way to read Secrets",
    defaultSeverity: "warning",
    messages: {
      indirect: "{resource} rule {rule} lets its subjects read Secrets without a rule on Secrets: {paths}."
    },
    remediation: "Give pod creation, exec, token minting, impersonation and bind/escalate only to the controllers and people who need them, in the fewest namespaces; treat them as Secret access.",
    crossReferences: [
      { tool: "kube-linter", id: "access-to-create-pods" },
      { tool: "checkov", id: "CKV_K8S_155" },
      { tool: "checkov", id: "CKV_K8S_156" },
      { tool: "checkov", id: "CKV_K8S_157" },
      { tool: "trivy", id: "KSV047" },
      { tool: "trivy", id: "KSV048" },
      { tool: "trivy", id: "KSV053" },
      { tool: "cis", id: "5.1.4" },
      { tool: "cis", id: "5.1.8" }
    ]
  },
  target: { kinds: ["Role", "ClusterRole"] },
  check(doc) {
    const problems = [];
    policyRules(doc.value).forEach((rule, i) => {
      const paths = escalationPaths(rule);
      if (paths.length) problems.push({ messageId: "indirect", path: ["rules", i], params: { rule: i + 1, paths: paths.join("; ") } });
    });
    return problems;
  }
};

// src/rules/rbac-wildcard.ts
var rbacWildcard = {
  meta: {
    id: "rbac-wildcard",
    title: "Role rule uses a wildcard",
    defaultSeverity: "error",
    messages: {
      coreResources: "{resource} rule {rule} grants {verbs} on every resource of {groups}: Secrets included, and every resource added later.",
      coreVerbs: "{resource} rule {rule} grants every verb on {resources} in {groups}, including any verb added later.",
      otherGroups: "{resource} rule {rule} grants {what} in API group {groups}: confined to those groups, but it grows with everything they add."
    },
    remediation: "List the resources and verbs the subject needs instead of `*`; keep wildcards out of the core API group.",
    crossReferences: [
      { tool: "kube-linter", id: "wildcard-in-rules" },
      { tool: "checkov", id: "CKV_K8S_49" },
      { tool: "trivy", id: "KSV044" },
      { tool: "trivy", id: "KSV045" },
      { tool: "trivy", id: "KSV046" },
      { tool: "cis", id: "5.1.3" }
    ]
  },
  target: { kinds: ["Role", "ClusterRole"] },
  check(doc) {
    const problems = [];
    policyRules(doc.value).forEach((rule, i) => {
      const star = wildcardsOf(rule);
      if (!star.verbs && !star.resources) return;
      const path4 = ["rules", i];
      const verbs = star.verbs ? "every verb" : rule.verbs.join("/");
      if (coversCoreGroup(rule)) {
        const groups = rule.apiGroups.includes("*") ? "every API group" : "the core API group";
        if (star.resources) problems.push({ messageId: "coreResources", path: path4, severity: "error", params: { rule: i + 1, verbs, groups } });
        else problems.push({ messageId: "coreVerbs", path: path4, severity: "error", params: { rule: i + 1, resources: rule.resources.join("/"), groups } });
      } else if (rule.apiGroups.length) {
        const what = star.resources ? `${verbs} on every resource` : `every verb on ${rule.resources.join("/")}`;
        problems.push({ messageId: "otherGroups", path: path4, severity: "warning", params: { rule: i + 1, what, groups: rule.apiGroups.join(", ") } });
      }
    });
    return problems;
  }
};

// src/rules/secret-data-encoding.ts
function isFileName(key) {
  return /^\.|\.[A-Za-z0-9]{1,10}$|^(?:known_hosts|authorized_keys|config|credentials|htpasswd|auth)$/.test(key);
}
var secretDataEncoding = {
  meta: {
    id: "secret-data-encoding",
    title: "Secret data is mis-encoded",
    defaultSeverity: "warning",
    messages: {
      invalid: "{resource} data key {key} is not valid base64: the API server rejects the object.",
      notString: "{resource} data key {key} is not a string: the API server expects base64 text and rejects the object.",
      trailingNewline: "{resource} data key {key} decodes to a single line ending in a newline (made with `echo` without `-n`?): the consumer gets the newline too.",
      overridden: "{resource} sets key {key} in both data and stringData: stringData silently wins and this data value is never used.",
      handEncoded: "{resource} holds hand-written base64 in data where stringData would do: base64 hides nothing and invites encoding mistakes."
    },
    remediation: "Write text values under stringData (the API server encodes them), encode binary values with `base64 -w0` or `printf %s \u2026 | base64`, and set each key once.",
    crossReferences: []
  },
  target: { kinds: ["Secret"] },
  check(doc) {
    if (!isPlainCoreSecret(doc)) return [];
    const value = doc.value;
    const data = value.data;
    if (!data || typeof data !== "object" || Array.isArray(data)) return [];
    const stringData = value.stringData && typeof value.stringData === "object" ? value.stringData : {};
    const problems = [];
    let decodable = 0;
    let allText = true;
    for (const [key, raw] of Object.entries(data)) {
      if (raw === null || raw === void 0) continue;
      if (Object.prototype.hasOwnProperty.call(stringData, key)) {
        problems.push({ messageId: "overridden", path: ["data", key], params: { key }, severity: "warning" });
      }
      if (typeof raw !== "string") {
        problems.push({ messageId: "notString", path: ["data", key], params: { key }, severity: "error" });
        continue;
      }
      const bytes = decodeBase64Bytes(raw);
      if (!bytes) {
        problems.push({ messageId: "invalid", path: ["data", key], params: { key }, severity: "error" });
        continue;
      }
      decodable++;
      if (!isText(bytes)) {
        allText = false;
        continue;
      }
      const text2 = bytes.toString("utf8");
      const body = text2.replace(/\r?\n$/, "");
      if (body !== text2 && body !== "" && !/[\r\n]/.test(body) && !isFileName(key)) {
        problems.push({ messageId: "trailingNewline", path: ["data", key], params: { key }, severity: "warning" });
      }
    }
    if (decodable > 0 && allText) problems.push({ messageId: "handEncoded", path: ["data"], onKey: true, severity: "notice" });
    return problems;
  }
};

// src/rules/secret-env-exposure.ts
var secretEnvExposure = {
  meta: {
    id: "secret-env-exposure",
    title: "Secret exposed as environment variables",
    defaultSeverity: "notice",
    messages: {
      env: "{resource} container {container} reads key {key} of Secret {secret} into env var {variable}; env vars leak into crash dumps, /proc, child processes and logs. Prefer mounting the Secret as a file.",
      envFrom: "{resource} container {container} loads every key of Secret {secret} into env vars; env vars leak into crash dumps, /proc, child processes and logs. Prefer mounting the Secret as a file."
    },
    remediation: "Mount the Secret as a read-only volume (defaultMode 0400) and have the application read the file, instead of env or envFrom.",
    crossReferences: [
      { tool: "checkov", id: "CKV_K8S_35" },
      { tool: "kubesec", id: "SecretsAsEnvironmentVariables" }
    ]
  },
  target: { kinds: [...POD_KINDS] },
  check(doc) {
    const pod = podSpecOf(doc);
    if (!pod) return [];
    const problems = [];
    for (const c of containersOf(pod)) {
      for (const ref of envRefsOf(c)) {
        if (ref.kind !== "Secret" || ref.via === "volume") continue;
        const params = { container: c.name, secret: ref.name, key: ref.key ?? "?", variable: ref.envName ?? "?" };
        problems.push({ messageId: ref.via, path: ref.path, params });
      }
    }
    return problems;
  }
};

// src/rules/shell-words.ts
var MAX_SCRIPT = 2e5;
var isSpace = (c) => c === " " || c === "	" || c === "\r";
var isNameStart = (c) => c !== void 0 && (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "_");
var isNameChar = (c) => isNameStart(c) || c !== void 0 && c >= "0" && c <= "9";
var isDigits = (s) => s.length > 0 && [...s].every((c) => c >= "0" && c <= "9");
function assignmentName(text2) {
  if (!isNameStart(text2[0])) return void 0;
  let i = 1;
  while (isNameChar(text2[i])) i++;
  return text2[i] === "=" ? text2.slice(0, i) : void 0;
}
function parseScript(input) {
  return group(tokenize(input.slice(0, MAX_SCRIPT)));
}
function tokenize(s) {
  const tokens = [];
  let i = 0;
  let line = 0;
  const heredocs = [];
  const readWord = () => {
    let text2 = "";
    const vars = [];
    const substitutions = [];
    const readDollar = () => {
      const n = s[i + 1];
      if (n === "(") {
        const start = i + 2;
        let depth = 1;
        let j = start;
        let quote = "";
        while (j < s.length && depth > 0) {
          const c = s[j];
          if (quote) {
            if (c === "\\" && quote === '"') j++;
            else if (c === quote) quote = "";
          } else if (c === "'" || c === '"') quote = c;
          else if (c === "\\") j++;
          else if (c === "(") depth++;
          else if (c === ")") depth--;
          if (c === "\n") line++;
          j++;
        }
        const inner = s.slice(start, depth === 0 ? j - 1 : j);
        substitutions.push(inner);
        if (isNameStart(inner[0]) && [...inner].every(isNameChar)) vars.push(inner);
        text2 += s.slice(i, j);
        i = j;
        return;
      }
      if (n === "{") {
        let j = i + 2;
        while (j < s.length && s[j] !== "}" && s[j] !== "\n") j++;
        const inner = s.slice(i + 2, j);
        let k = 0;
        if (inner[0] === "#" || inner[0] === "!") k = 1;
        let e = k;
        while (isNameChar(inner[e])) e++;
        if (e > k) vars.push(inner.slice(k, e));
        text2 += s.slice(i, j + 1);
        i = j + 1;
        return;
      }
      if (isNameStart(n)) {
        let j = i + 1;
        while (isNameChar(s[j])) j++;
        vars.push(s.slice(i + 1, j));
        text2 += s.slice(i, j);
        i = j;
        return;
      }
      text2 += "$";
      i++;
    };
    const readBacktick = () => {
      let j = i + 1;
      while (j < s.length && s[j] !== "`") {
        if (s[j] === "\\") j++;
        if (s[j] === "\n") line++;
        j++;
      }
      substitutions.push(s.slice(i + 1, j));
      text2 += s.slice(i, j + 1);
      i = j + 1;
    };
    while (i < s.length) {
      const c = s[i];
      if (isSpace(c) || c === "\n" || c === ";" || c === "&" || c === "|" || c === "<" || c === ">" || c === "(" || c === ")") break;
      if (c === "\\") {
        if (s[i + 1] === "\n") {
          line++;
          i += 2;
          continue;
        }
        text2 += s[i + 1] ?? "";
        i += 2;
      } else if (c === "'") {
        const end = s.indexOf("'", i + 1);
        const j = end < 0 ? s.length : end;
        const inner = s.slice(i + 1, j);
        for (const ch of inner) if (ch === "\n") line++;
        text2 += inner;
        i = j + 1;
      } else if (c === '"') {
        i++;
        while (i < s.length && s[i] !== '"') {
          if (s[i] === "\\" && i + 1 < s.length) {
            if (s[i + 1] === "\n") line++;
            else text2 += s[i + 1];
            i += 2;
          } else if (s[i] === "$") readDollar();
          else if (s[i] === "`") readBacktick();
          else {
            if (s[i] === "\n") line++;
            text2 += s[i];
            i++;
          }
        }
        i++;
      } else if (c === "$") readDollar();
      else if (c === "`") readBacktick();
      else {
        text2 += c;
        i++;
      }
    }
    return { text: text2, vars, substitutions };
  };
  const skipHeredocs = () => {
    for (const h of heredocs.splice(0)) {
      while (i < s.length) {
        let end = s.indexOf("\n", i);
        if (end < 0) end = s.length;
        const text2 = s.slice(i, end);
        i = end + 1;
        line++;
        if ((h.strip ? text2.replace(/^\t+/, "") : text2).trim() === h.delim) break;
        if (h.expands) (h.token.bodyVars ??= []).push(...varsIn(text2));
      }
    }
  };
  while (i < s.length) {
    const c = s[i];
    if (isSpace(c)) {
      i++;
    } else if (c === "\\" && s[i + 1] === "\n") {
      i += 2;
      line++;
    } else if (c === "\n") {
      tokens.push({ type: "op", op: "\n", line });
      i++;
      line++;
      if (heredocs.length) skipHeredocs();
    } else if (c === "#") {
      while (i < s.length && s[i] !== "\n") i++;
    } else if (c === ";" || c === "&" || c === "|" || c === "(" || c === ")") {
      const two = s.slice(i, i + 2);
      if (two === "&>") {
        i += 2;
        const op = s[i] === ">" ? ">>" : ">";
        if (s[i] === ">") i++;
        tokens.push({ type: "redirect", fd: "&", op, line });
      } else if (two === "&&" || two === "||" || two === ";;" || two === "|&") {
        tokens.push({ type: "op", op: two, line });
        i += 2;
      } else {
        tokens.push({ type: "op", op: c, line });
        i++;
      }
    } else if (c === "<" || c === ">") {
      let op = c;
      i++;
      while (i < s.length && op.length < 3 && (s[i] === "<" || s[i] === ">" || s[i] === "&" || s[i] === "-" || s[i] === "|")) {
        op += s[i];
        i++;
      }
      const prev = tokens[tokens.length - 1];
      let fd = c === "<" ? "0" : "1";
      if (prev?.type === "word" && isDigits(prev.word.text) && prev.word.vars.length === 0 && s[i - op.length - 1] !== " ") {
        tokens.pop();
        fd = prev.word.text;
      }
      const token = { type: "redirect", fd, op, line };
      tokens.push(token);
      if (op === "<<" || op === "<<-") {
        while (isSpace(s[i] ?? "")) i++;
        const quoted = s[i] === "'" || s[i] === '"' || s[i] === "\\";
        const w = readWord();
        heredocs.push({ delim: w.text, strip: op === "<<-", expands: !quoted, token });
        tokens.push({ type: "word", word: w, line });
      }
    } else {
      const startLine = line;
      tokens.push({ type: "word", word: readWord(), line: startLine });
    }
  }
  return tokens;
}
function varsIn(text2) {
  const out = [];
  for (let k = text2.indexOf("$"); k >= 0; k = text2.indexOf("$", k + 1)) {
    let j = k + 1;
    if (text2[j] === "{") j++;
    const start = j;
    while (isNameChar(text2[j])) j++;
    if (j > start && isNameStart(text2[start])) out.push(text2.slice(start, j));
  }
  return out;
}
var RESERVED = /* @__PURE__ */ new Set(["{", "}", "!", "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "time", "esac", "in"]);
function group(tokens) {
  const pipelines = [];
  let commands = [];
  let current;
  let skipUntilSeparator = false;
  const endCommand = () => {
    if (current && (current.words.length || current.assignments.length || current.redirects.length)) commands.push(current);
    current = void 0;
  };
  const endPipeline = () => {
    endCommand();
    if (commands.length) pipelines.push({ commands, line: commands[0].line });
    commands = [];
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type === "op") {
      skipUntilSeparator = false;
      if (t.op === "|" || t.op === "|&") endCommand();
      else endPipeline();
      continue;
    }
    if (skipUntilSeparator) continue;
    current ??= { words: [], assignments: [], redirects: [], line: t.line };
    if (t.type === "redirect") {
      const next = tokens[k + 1];
      let target = "";
      if (next?.type === "word") {
        target = next.word.text;
        k++;
      }
      current.redirects.push(t.bodyVars ? { fd: t.fd, op: t.op, target, bodyVars: t.bodyVars } : { fd: t.fd, op: t.op, target });
      continue;
    }
    const text2 = t.word.text;
    if (current.words.length === 0) {
      if (RESERVED.has(text2)) continue;
      if (text2 === "for" || text2 === "case" || text2 === "select" || text2 === "function") {
        skipUntilSeparator = true;
        current = void 0;
        continue;
      }
      if (assignmentName(text2)) {
        current.assignments.push(t.word);
        continue;
      }
      if (current.assignments.length === 0 && current.redirects.length === 0) current.line = t.line;
    }
    current.words.push(t.word);
  }
  endPipeline();
  return pipelines;
}
function baseName(word) {
  const slash = word.lastIndexOf("/");
  return slash < 0 ? word : word.slice(slash + 1);
}
var WRAPPERS = /* @__PURE__ */ new Set(["exec", "command", "nohup", "sudo", "nice", "stdbuf", "timeout", "tini", "dumb-init", "--"]);
function effectiveWords(words) {
  let w = [...words];
  for (let guard = 0; guard < 8 && w.length > 0; guard++) {
    const name = baseName(w[0].text);
    if (WRAPPERS.has(name)) {
      w = w.slice(1);
      while (w.length && w[0].text.startsWith("-")) w = w.slice(1);
      if (name === "timeout" && w.length) w = w.slice(1);
      continue;
    }
    if (name === "env") {
      const rest = w.slice(1).filter((x) => !x.text.startsWith("-") && !assignmentName(x.text));
      if (rest.length === 0) return w;
      const at2 = w.indexOf(rest[0]);
      w = w.slice(at2);
      continue;
    }
    break;
  }
  return w;
}
function shellInvocation(argv) {
  let k = 0;
  while (k < argv.length && WRAPPERS.has(baseName(argv[k]))) k++;
  if (k < argv.length && baseName(argv[k]) === "env") k++;
  const shell = baseName(argv[k] ?? "");
  if (!["sh", "bash", "ash", "dash", "zsh", "ksh", "mksh"].includes(shell)) return void 0;
  let xtrace = false;
  let command = false;
  for (k++; k < argv.length; k++) {
    const a = argv[k];
    if (a === "-o" && argv[k + 1] === "xtrace") {
      xtrace = true;
      k++;
      continue;
    }
    if (!a.startsWith("-") || a === "-" || a === "--") break;
    if (a.includes("x")) xtrace = true;
    if (a.includes("c") && !a.startsWith("--")) command = true;
  }
  if (!command) return void 0;
  return { scriptIndex: k, xtrace };
}
var PASS_THROUGH = /* @__PURE__ */ new Set([
  "cat",
  "tee",
  "sort",
  "uniq",
  "grep",
  "egrep",
  "fgrep",
  "head",
  "tail",
  "tr",
  "base64",
  "xxd",
  "od",
  "hexdump",
  "less",
  "more",
  "column",
  "sed",
  "awk",
  "gawk",
  "mawk",
  "cut",
  "nl",
  "fold",
  "rev",
  "jq",
  "yq",
  "strings",
  "tac",
  "paste",
  "fmt"
]);
var SUMMARISERS = /* @__PURE__ */ new Set(["wc", "md5sum", "sha1sum", "sha256sum", "sha512sum", "shasum", "cksum", "true", ":", "test", "["]);
var args = (words) => words.slice(1).map((w) => w.text);
function isRedactingSed(words) {
  const a = args(words);
  for (let k = 0; k < a.length; k++) {
    let expr = a[k];
    if (expr === "-e" || expr === "--expression") expr = a[++k] ?? "";
    else if (expr.startsWith("-")) continue;
    if (expr.length < 4 || expr[0] !== "s") continue;
    const d = expr[1];
    const end = expr.indexOf(d, 2);
    const pattern = end < 0 ? expr.slice(2) : expr.slice(2, end);
    const eq = pattern.indexOf("=");
    if (eq < 0) continue;
    const after = pattern.slice(eq + 1);
    if (after.startsWith(".*") || after.startsWith(".+") || after.startsWith("[^") || after.startsWith(".\\+")) return true;
  }
  return false;
}
function hasEqualsDelimiter(a, flag) {
  return a.some((x, k) => x === `${flag}=` || x === `${flag}'='` || x === flag && a[k + 1] === "=");
}
function isRedactingCut(words) {
  const a = args(words);
  const fieldsOne = a.some((x, k) => x === "-f1" || x === "-f" && a[k + 1] === "1" || x === "--fields=1");
  return fieldsOne && hasEqualsDelimiter(a, "-d");
}
function isRedactingAwk(words) {
  const a = args(words);
  if (!hasEqualsDelimiter(a, "-F")) return false;
  const program = a.find((x) => x.includes("print")) ?? "";
  return program.includes("$1") && !/\$(0|[2-9]|NF)/.test(program);
}
function isPrefixStage(words) {
  const name = baseName(words[0]?.text ?? "");
  const a = args(words);
  if (name === "head") return a.some((x) => x === "-c" || x.startsWith("-c") || x.startsWith("--bytes"));
  if (name === "cut") return a.some((x) => x === "-c" || x.startsWith("-c") || x === "-b" || x.startsWith("-b"));
  return false;
}
function stdoutRedirected(cmd) {
  return cmd.redirects.some((r) => (r.fd === "1" || r.fd === "&") && (r.op === ">" || r.op === ">>" || r.op === ">|") && r.target !== "");
}
function outputFate(p, from) {
  let prefix2 = false;
  for (let k = from; k < p.commands.length; k++) {
    const cmd = p.commands[k];
    const words = effectiveWords(cmd.words);
    if (k > from) {
      const name = baseName(words[0]?.text ?? "");
      if (SUMMARISERS.has(name)) return "redacted";
      if (name === "grep" && args(words).some((x) => /^-[a-zA-Z]*[cqlL]/.test(x) || x === "--count" || x === "--quiet")) return "redacted";
      if (name === "sed" && isRedactingSed(words)) return "redacted";
      if (name === "cut" && isRedactingCut(words)) return "redacted";
      if ((name === "awk" || name === "gawk" || name === "mawk") && isRedactingAwk(words)) return "redacted";
      if (isPrefixStage(words)) prefix2 = true;
      else if (!PASS_THROUGH.has(name)) return "consumed";
    }
    if (stdoutRedirected(cmd)) return "discarded";
  }
  return prefix2 ? "prefix" : "printed";
}

// src/rules/secret-logged.ts
var ENV_DUMPS = /* @__PURE__ */ new Set(["env", "printenv", "set", "export", "declare", "typeset"]);
var FILE_PRINTERS = /* @__PURE__ */ new Set([
  "cat",
  "head",
  "tail",
  "less",
  "more",
  "strings",
  "xxd",
  "od",
  "hexdump",
  "base64",
  "jq",
  "yq",
  "nl",
  "tac",
  "grep",
  "egrep",
  "awk",
  "sed"
]);
var EXEC_PLACES = [
  { path: ["lifecycle", "postStart", "exec", "command"], where: "postStart hook" },
  { path: ["lifecycle", "preStop", "exec", "command"], where: "preStop hook" },
  { path: ["livenessProbe", "exec", "command"], where: "liveness probe" },
  { path: ["readinessProbe", "exec", "command"], where: "readiness probe" },
  { path: ["startupProbe", "exec", "command"], where: "startup probe" }
];
function materialOf(pod, c) {
  const refs = envRefsOf(c);
  const vars = /* @__PURE__ */ new Set();
  const plain = /* @__PURE__ */ new Set();
  const env = c.container.env;
  if (Array.isArray(env)) {
    for (const e of env) if (e && typeof e === "object" && typeof e.name === "string") plain.add(e.name);
  }
  const prefixes = [];
  for (const r of refs) {
    if (r.kind !== "Secret") continue;
    if (r.via === "env" && r.envName) vars.add(r.envName);
    if (r.via === "envFrom") prefixes.push(r.prefix ?? "");
  }
  for (const name of vars) plain.delete(name);
  return {
    vars,
    envFromPrefixes: prefixes,
    notSecret: plain,
    anyEnv: vars.size > 0 || prefixes.length > 0,
    mounts: secretMountPaths(pod, c)
  };
}
function isSecretVar(m, name) {
  if (m.vars.has(name)) return true;
  if (m.notSecret.has(name)) return false;
  return m.envFromPrefixes.some((p) => name.startsWith(p) && isCredentialKey(name.slice(p.length)));
}
function underMount(m, text2) {
  for (const mount of m.mounts) {
    let end = mount.length;
    while (end > 0 && mount[end - 1] === "/") end--;
    const base = mount.slice(0, end);
    if (base && (text2 === base || text2.startsWith(`${base}/`))) return text2;
  }
  return void 0;
}
function secretUse(m, words, inSubstitution = false) {
  for (const w of words) {
    const v = w.vars.find((x) => isSecretVar(m, x));
    if (v) return `$${v}`;
    const p = inSubstitution ? underMount(m, w.text) : void 0;
    if (p) return p;
    for (const sub of w.substitutions) {
      for (const inner of parseScript(sub)) {
        for (const cmd of inner.commands) {
          const use = secretUse(m, [...cmd.words, ...cmd.assignments], true);
          if (use) return use;
        }
      }
    }
  }
  return void 0;
}
function sourceOf(m, cmd) {
  const words = effectiveWords(cmd.words);
  if (words.length === 0) return void 0;
  const name = baseName(words[0].text);
  const rest = words.slice(1);
  const operands = rest.filter((w) => !w.text.startsWith("-") && !w.text.startsWith("+"));
  if (ENV_DUMPS.has(name) && m.anyEnv) {
    const listsAll = name === "env" && operands.length === 0 || name === "printenv" && operands.length === 0 || name === "set" && rest.length === 0 || name === "export" && operands.length === 0 && (rest.length === 0 || rest.some((w) => w.text === "-p")) || (name === "declare" || name === "typeset") && operands.length === 0 && rest.some((w) => /^-[a-zA-Z]*[xp]/.test(w.text));
    if (listsAll) return { kind: "envDump", what: name, prefix: false };
  }
  if (name === "printenv") {
    const v = operands.find((w) => isSecretVar(m, w.text));
    if (v) return { kind: "echo", what: `printenv ${v.text}`, prefix: false };
  }
  if (name === "echo" || name === "printf" || name === "print") {
    for (const w of rest) {
      const v = w.vars.find((x) => isSecretVar(m, x));
      if (v) return { kind: "echo", what: `${name} $${v}`, prefix: false };
    }
  }
  if (FILE_PRINTERS.has(name) && operands.length === 0) {
    const v = cmd.redirects.flatMap((r) => r.bodyVars ?? []).find((x) => isSecretVar(m, x));
    if (v) return { kind: "echo", what: `${name} <<\u2026 $${v}`, prefix: false };
  }
  if (FILE_PRINTERS.has(name)) {
    if (name === "grep" && rest.some((w) => /^-[a-zA-Z]*[cqlL]/.test(w.text))) return void 0;
    for (const w of operands) {
      const p = underMount(m, w.text);
      if (p) return { kind: "catFile", what: `${name} ${p}`, prefix: isPrefixStage(words) };
    }
  }
  return void 0;
}
function readScript(m, pipelines, xtraceFromStart) {
  const hits = [];
  let xtrace = xtraceFromStart ? { line: 0, shell: true } : void 0;
  let xtraceReported = false;
  for (const p of pipelines) {
    p.commands.forEach((cmd, k) => {
      for (const a of cmd.assignments) {
        const name2 = assignmentName(a.text);
        if (name2 && secretUse(m, [a])) m.vars.add(name2);
      }
      const words = effectiveWords(cmd.words);
      const name = baseName(words[0]?.text ?? "");
      if (name === "export" || name === "local" || name === "readonly") {
        for (const w of words.slice(1)) {
          const v = assignmentName(w.text);
          if (v && secretUse(m, [w])) m.vars.add(v);
        }
      }
      if (name === "set") {
        for (let j = 1; j < words.length; j++) {
          const t = words[j].text;
          const on = t.startsWith("-") && (t.includes("x") || t === "-o" && words[j + 1]?.text === "xtrace");
          const off = t.startsWith("+") && (t.includes("x") || t === "+o" && words[j + 1]?.text === "xtrace");
          if (on && !xtrace) xtrace = { line: cmd.line, shell: false };
          if (off) xtrace = void 0;
        }
      } else if (xtrace && !xtraceReported && secretUse(m, [...cmd.words, ...cmd.assignments])) {
        hits.push({ messageId: xtrace.shell ? "xtraceShell" : "xtrace", line: xtrace.line, what: secretUse(m, [...cmd.words, ...cmd.assignments]) ?? "" });
        xtraceReported = true;
      }
      const src = sourceOf(m, cmd);
      if (!src) return;
      const fate = outputFate(p, k);
      if (fate === "redacted" || fate === "consumed" || fate === "discarded") return;
      const prefix2 = src.prefix || fate === "prefix";
      hits.push({ messageId: prefix2 ? "prefix" : src.kind, line: cmd.line, what: src.what });
    });
  }
  return hits;
}
function strings2(v) {
  return Array.isArray(v) && v.every((x) => typeof x === "string") ? v : void 0;
}
function argvsOf(c) {
  const out = [];
  const command = strings2(c.container.command) ?? [];
  const args2 = strings2(c.container.args) ?? [];
  if (command.length || args2.length) {
    out.push({
      argv: [...command, ...args2],
      paths: [...command.map((_, i) => [...c.path, "command", i]), ...args2.map((_, i) => [...c.path, "args", i])],
      where: "command"
    });
  }
  for (const place of EXEC_PLACES) {
    const argv = strings2(valueAt(c.container, place.path));
    if (argv?.length) out.push({ argv, paths: argv.map((_, i) => [...c.path, ...place.path, i]), where: place.where });
  }
  return out;
}
function wordsOf(texts) {
  return texts.map((text2) => {
    const vars = [];
    let at2 = text2.indexOf("$(");
    while (at2 >= 0) {
      const end = text2.indexOf(")", at2);
      if (end < 0) break;
      vars.push(text2.slice(at2 + 2, end));
      at2 = text2.indexOf("$(", end);
    }
    return { text: text2, vars, substitutions: [] };
  });
}
var secretLogged = {
  meta: {
    id: "secret-logged",
    title: "Secret material printed into container logs",
    defaultSeverity: "warning",
    messages: {
      envDump: "{resource} container {container} ({where}) runs `{what}`, which prints every environment variable into the logs, including the ones it reads from Secrets. Print names only (`env | cut -d= -f1`) or redact (`sed 's/=.*/=<redacted>/'`).",
      echo: "{resource} container {container} ({where}) runs `{what}`, and that variable comes from a Secret: its value goes into the logs. Print that it is set, not its value.",
      catFile: "{resource} container {container} ({where}) runs `{what}`, a file of a mounted Secret: its content goes into the logs. Check it with `test -s` instead.",
      prefix: "{resource} container {container} ({where}) prints the first bytes of secret material (`{what}`); a prefix narrows guessing and identifies the credential. Print its length or that it is set.",
      xtrace: "{resource} container {container} ({where}) turns on `set -x`, then uses {what}: the shell traces the expanded value into the logs. Turn tracing off (`set +x`) around commands that use secrets.",
      xtraceShell: "{resource} container {container} ({where}) starts the shell with -x, and the script uses {what}: the shell traces the expanded value into the logs. Drop -x."
    },
    remediation: "Never print secret values: log that a credential is present (`test -n`, `test -s`), its length or its name, and keep `set -x` off around commands that use one.",
    crossReferences: []
  },
  target: { kinds: [...POD_KINDS] },
  check(doc) {
    const pod = podSpecOf(doc);
    if (!pod) return [];
    const problems = [];
    for (const c of containersOf(pod)) {
      const m = materialOf(pod, c);
      if (!m.anyEnv && m.mounts.length === 0) continue;
      for (const run of argvsOf(c)) {
        const shell = shellInvocation(run.argv);
        let hits;
        let path4;
        if (shell) {
          const script = run.argv[shell.scriptIndex];
          if (script === void 0) continue;
          path4 = run.paths[shell.scriptIndex];
          hits = readScript(m, parseScript(script), shell.xtrace);
        } else {
          path4 = run.paths[0].slice(0, -1);
          hits = readScript(m, [{ commands: [{ words: wordsOf(run.argv), assignments: [], redirects: [], line: 0 }], line: 0 }], false);
        }
        const seen = /* @__PURE__ */ new Set();
        for (const h of hits) {
          const key = `${h.messageId}@${h.line}`;
          if (seen.has(key)) continue;
          seen.add(key);
          problems.push({
            messageId: h.messageId,
            path: path4,
            innerLine: h.line,
            severity: h.messageId === "prefix" ? "notice" : void 0,
            params: { container: c.name, where: run.where, what: h.what }
          });
        }
      }
    }
    return problems;
  }
};

// src/rules/secret-volume-mode.ts
var TOO_OPEN = 31;
var MAX_MODE = 511;
var octal = (n) => `0${n.toString(8)}`;
function whoGets(mode) {
  const parts = [];
  if (mode & 4) parts.push("every user in the container read");
  if (mode & 2) parts.push("every user write");
  if (mode & 16) parts.push("the group write");
  if (mode & 9) parts.push("execute");
  return parts.join(" and ") || "more than owner read";
}
function reading(written, value) {
  if (written === void 0 || !/^[0-9]+$/.test(written)) return { text: `${written ?? value} (mode ${octal(value)})` };
  if (written.startsWith("0") && written.length > 1) return { text: written === octal(value) ? written : `${written} (octal, mode ${octal(value)})` };
  const meant = /^[0-7]{3}$/.test(written) ? parseInt(written, 8) : void 0;
  return { text: `${written}, which YAML reads as decimal ${written} = mode ${octal(value)}`, meant };
}
function checkMode(doc, path4, field, volume, value) {
  if (typeof value !== "number" || !Number.isInteger(value)) return [];
  const written = writtenValue(doc, path4);
  const r = reading(written, value);
  const base = { volume, field, written: written ?? String(value) };
  if (value < 0 || value > MAX_MODE) {
    const hint = r.meant !== void 0 ? ` Did you mean 0${written}?` : "";
    return [{ messageId: "invalid", path: path4, severity: "error", params: { ...base, reading: r.text, hint } }];
  }
  if ((value & TOO_OPEN) === 0) return [];
  if (r.meant !== void 0 && (r.meant & TOO_OPEN) === 0) {
    return [{ messageId: "didYouMean", path: path4, params: { ...base, reading: r.text, who: whoGets(value) } }];
  }
  return [{ messageId: "tooOpen", path: path4, params: { ...base, reading: r.text, who: whoGets(value) } }];
}
function usesDefaultMode(source) {
  const items = source.items;
  return !Array.isArray(items) || items.length === 0 || items.some((i) => obj(i)?.mode === void 0);
}
function itemModes(doc, source, sourcePath, volume) {
  const items = source.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item, i) => checkMode(doc, [...sourcePath, "items", i, "mode"], "items[].mode", volume, obj(item)?.mode));
}
var secretVolumeMode = {
  meta: {
    id: "secret-volume-mode",
    title: "Secret files mounted with permissive modes",
    defaultSeverity: "warning",
    messages: {
      unset: "{resource} mounts Secret {secret} (volume {volume}) without defaultMode, so its files get 0644: every user in the container can read them. Set defaultMode: 0400 (0440 with an fsGroup).",
      tooOpen: "{resource} volume {volume}: {field} {reading}; that lets {who} the Secret files. Use 0400 (0440 with an fsGroup).",
      didYouMean: "{resource} volume {volume}: {field} {reading}, which lets {who} the Secret files. Did you mean 0{written}? Write the leading zero (YAML 1.1 octal).",
      invalid: "{resource} volume {volume}: {field} {reading}; the API server accepts only 0 to 0777 and rejects the pod.{hint}"
    },
    remediation: "Mount Secret files with defaultMode 0400 (or 0440 with an fsGroup), written with the leading zero so YAML reads it as octal.",
    crossReferences: []
  },
  target: { kinds: [...POD_KINDS] },
  check(doc) {
    const pod = podSpecOf(doc);
    if (!pod) return [];
    const problems = [];
    for (const v of volumesOf(pod)) {
      const secret = obj(v.volume.secret);
      if (secret) {
        const path4 = [...v.path, "secret"];
        problems.push(...itemModes(doc, secret, path4, v.name));
        if (usesDefaultMode(secret)) {
          if (secret.defaultMode === void 0 || secret.defaultMode === null) {
            const name = typeof secret.secretName === "string" ? secret.secretName : "?";
            problems.push({ messageId: "unset", path: path4, onKey: true, params: { volume: v.name, secret: name } });
          } else problems.push(...checkMode(doc, [...path4, "defaultMode"], "defaultMode", v.name, secret.defaultMode));
        }
      }
      const projected = obj(v.volume.projected);
      const sources = projected?.sources;
      if (!projected || !Array.isArray(sources)) continue;
      let defaultChecked = false;
      sources.forEach((s, i) => {
        const source = obj(obj(s)?.secret);
        if (!source) return;
        const path4 = [...v.path, "projected", "sources", i, "secret"];
        problems.push(...itemModes(doc, source, path4, v.name));
        if (!usesDefaultMode(source) || defaultChecked) return;
        defaultChecked = true;
        if (projected.defaultMode === void 0 || projected.defaultMode === null) {
          const name = typeof source.name === "string" ? source.name : "?";
          problems.push({ messageId: "unset", path: path4, onKey: true, params: { volume: v.name, secret: name } });
        } else problems.push(...checkMode(doc, [...v.path, "projected", "defaultMode"], "defaultMode", v.name, projected.defaultMode));
      });
    }
    return problems;
  }
};

// src/rules/suppression-invalid.ts
var suppressionInvalid = {
  meta: {
    id: "suppression-invalid",
    title: "Suppression suppresses nothing",
    defaultSeverity: "warning",
    messages: {
      malformed: "This manifest-gate comment is not a suppression manifest-gate can read, so it suppresses nothing.",
      "no-reason": "The suppression of {rules} gives no reason, so it suppresses nothing.",
      "unknown-rule": 'The suppression names "{rule}", which is not a manifest-gate rule, so it suppresses nothing.',
      "bad-date": "The suppression of {rules} has an expiry date that is not a YYYY-MM-DD date, so it suppresses nothing.",
      expired: "The suppression of {rules} expired on {until}, so it suppresses nothing.",
      misplaced: "{resource}: suppression annotations under {where} are not read, so they suppress nothing.",
      orphan: "{resource}: {key} is set without manifest-gate.io/ignore, so it suppresses nothing.",
      "unused-comment": "The suppression of {rules} matches no finding on its line or the next one.",
      "unused-annotation": "{resource}: the suppression of {rules} matches no finding in this object."
    },
    remediation: "Write `# manifest-gate: ignore <rule-id> [until YYYY-MM-DD] -- <reason>` on the finding's line or the line above, or put manifest-gate.io/ignore with manifest-gate.io/ignore-reason in the object's own metadata.annotations; remove suppressions that no longer match a finding.",
    crossReferences: []
  },
  target: { roles: [] },
  check: () => []
};

// src/rules/index.ts
var DOCS_BASE = "https://github.com/manifest-gate/manifest-gate/blob/main/docs/rules";
function docsUrl(ruleId) {
  return `${DOCS_BASE}/${ruleId}.md`;
}
var PARSE_ERROR = manifestParseError;
var TEMPLATE_SKIPPED = manifestTemplateSkipped;
var INTERNAL_ERROR = internalError;
var SUPPRESSION_INVALID = suppressionInvalid;
var RULES = [
  secretPlaintext,
  secretDataEncoding,
  configmapSecret,
  envLiteralCredential,
  credentialInManifest,
  kustomizeSecretLiteral,
  objectTooLarge,
  applyAnnotationTooLarge,
  rbacSecretAccess,
  rbacWildcard,
  rbacBroadSubject,
  rbacClusterAdminBinding,
  rbacSecretEscalation,
  secretVolumeMode,
  secretEnvExposure,
  secretLogged,
  configRolloutTrigger,
  configmapDataType,
  configRefMissing,
  namingConvention,
  manifestParseError,
  manifestTemplateSkipped,
  suppressionInvalid,
  internalError
];
function ruleInfo(rules = RULES) {
  return rules.map((r) => ({ id: r.meta.id, title: r.meta.title, defaultSeverity: r.meta.defaultSeverity, remediation: r.meta.remediation, docsUrl: docsUrl(r.meta.id) }));
}

// src/config/config.ts
var DEFAULT_CONFIG = { failOn: "error", include: [], exclude: [], rules: {} };
var DEFAULT_CONFIG_PATH = ".github/manifest-gate.yml";
var FAIL_ON_VALUES = ["error", "warning", "notice", "never"];
var RULE_SETTING_VALUES = ["error", "warning", "notice", "on", "off"];
var TOP_KEYS = ["fail-on", "include", "exclude", "rules"];
var RULE_KEYS = ["severity", "options"];
var ConfigError = class extends Error {
  name = "ConfigError";
  /** One entry per mistake, in file order. */
  problems;
  constructor(problems) {
    const list = typeof problems === "string" ? [problems] : problems;
    super(list.join("\n"));
    this.problems = list;
  }
};
function parseFailOn(value, where) {
  if (FAIL_ON_VALUES.includes(value)) return value;
  throw new ConfigError(`${where}: fail-on must be one of ${FAIL_ON_VALUES.join(", ")}, not "${shown(value)}"`);
}
function parseConfig(path4, text2, rules = RULES) {
  const lines = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text2, { lineCounter: lines, version: "1.2", uniqueKeys: true });
  const at2 = (node) => {
    const r = node?.range;
    return r ? `${path4}:${lines.linePos(r[0]).line}` : `${path4}:1`;
  };
  if (doc.errors.length) {
    throw new ConfigError(doc.errors.map((e) => `${path4}:${e.linePos?.[0].line ?? 1}: not valid YAML: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`));
  }
  const problems = [];
  const config = { ...DEFAULT_CONFIG, include: [], exclude: [], rules: {} };
  if (doc.contents === null) return config;
  if (!(0, import_yaml3.isMap)(doc.contents)) throw new ConfigError(`${at2(doc.contents)}: the configuration must be a mapping with the keys ${TOP_KEYS.join(", ")}`);
  const settings = {};
  for (const pair2 of doc.contents.items) {
    const key = (0, import_yaml3.isScalar)(pair2.key) ? String(pair2.key.value) : "";
    const where = at2(pair2.key);
    const value = pair2.value;
    switch (key) {
      case "fail-on": {
        const v = (0, import_yaml3.isScalar)(value) ? String(value.value) : "";
        if (FAIL_ON_VALUES.includes(v)) config.failOn = v;
        else problems.push(`${at2(value ?? pair2.key)}: fail-on: must be one of ${FAIL_ON_VALUES.join(", ")}, not ${describe(value)}`);
        break;
      }
      case "include":
      case "exclude": {
        const list = stringList(value);
        if (list) config[key] = list;
        else problems.push(`${at2(value ?? pair2.key)}: ${key}: must be a list of glob strings (e.g. ["deploy/**"]), not ${describe(value)}`);
        break;
      }
      case "rules":
        if (value === null || (0, import_yaml3.isScalar)(value) && value.value === null) break;
        if (!(0, import_yaml3.isMap)(value)) {
          problems.push(`${at2(value ?? pair2.key)}: rules: must map rule ids to ${RULE_SETTING_VALUES.join(", ")} or to {${RULE_KEYS.join(", ")}}`);
          break;
        }
        for (const rp of value.items) {
          const id = (0, import_yaml3.isScalar)(rp.key) ? String(rp.key.value) : "";
          const rule = rules.find((r) => r.meta.id === id);
          if (!rule) {
            const hint = closest(id, rules.map((r) => r.meta.id));
            problems.push(`${at2(rp.key)}: rules.${shown(id)}: unknown rule id${hint ? ` (did you mean ${hint}?)` : ""}; allowed: ${rules.map((r) => r.meta.id).join(", ")}`);
            continue;
          }
          const setting = ruleSetting(rule, rp.value, at2(rp.value ?? rp.key), `rules.${id}`);
          if (setting) settings[id] = setting;
          const on = setting && (setting.enabled || (setting.severity ? setting.severity !== "off" : rule.meta.defaultSeverity !== "off"));
          if (on) {
            const given = optionNames(rp.value);
            for (const [name, spec] of Object.entries(rule.meta.options ?? {})) {
              if (spec.required && !given.has(name)) {
                problems.push(`${at2(rp.key)}: rules.${id}: option ${name} is required when the rule is on (${spec.description})`);
              }
            }
          }
        }
        break;
      default: {
        const hint = closest(key, TOP_KEYS);
        problems.push(`${where}: ${shown(key)}: unknown key${hint ? ` (did you mean ${hint}?)` : ""}; allowed: ${TOP_KEYS.join(", ")}`);
      }
    }
  }
  if (problems.length) throw new ConfigError(problems);
  config.rules = settings;
  return config;
  function optionNames(node) {
    const options = (0, import_yaml3.isMap)(node) ? node.items.find((p) => (0, import_yaml3.isScalar)(p.key) && p.key.value === "options")?.value : void 0;
    return new Set((0, import_yaml3.isMap)(options) ? options.items.map((p) => (0, import_yaml3.isScalar)(p.key) ? String(p.key.value) : "") : []);
  }
  function ruleSetting(rule, node, where, key) {
    if ((0, import_yaml3.isScalar)(node)) return level(node.value, where, key);
    if (!(0, import_yaml3.isMap)(node)) {
      problems.push(`${where}: ${key}: must be one of ${RULE_SETTING_VALUES.join(", ")} or a mapping with ${RULE_KEYS.join(", ")}`);
      return void 0;
    }
    let out = {};
    for (const p of node.items) {
      const k = (0, import_yaml3.isScalar)(p.key) ? String(p.key.value) : "";
      const kWhere = at2(p.key);
      if (k === "severity") {
        const l = level((0, import_yaml3.isScalar)(p.value) ? p.value.value : p.value, at2(p.value ?? p.key), `${key}.severity`);
        if (l) out = { ...out, ...l };
      } else if (k === "options") {
        const options = ruleOptions(rule, p.value, kWhere, `${key}.options`);
        if (options) out.options = options;
      } else {
        const hint = closest(k, RULE_KEYS);
        problems.push(`${kWhere}: ${key}.${shown(k)}: unknown key${hint ? ` (did you mean ${hint}?)` : ""}; allowed: ${RULE_KEYS.join(", ")}`);
      }
    }
    return out;
  }
  function level(v, where, key) {
    if (v === true || v === "on") return { enabled: true };
    if (v === false || v === "off") return { severity: "off" };
    if (v === "error" || v === "warning" || v === "notice") return { severity: v };
    problems.push(`${where}: ${key}: must be one of ${RULE_SETTING_VALUES.join(", ")}, not ${describe(v)}`);
    return void 0;
  }
  function ruleOptions(rule, node, where, key) {
    const specs = rule.meta.options;
    const names = Object.keys(specs ?? {});
    if (!(0, import_yaml3.isMap)(node)) {
      problems.push(`${where}: ${key}: must be a mapping of option names to values${names.length ? ` (${names.join(", ")})` : ""}`);
      return void 0;
    }
    const out = {};
    for (const p of node.items) {
      const name = (0, import_yaml3.isScalar)(p.key) ? String(p.key.value) : "";
      const value = p.value?.toJSON?.() ?? null;
      const spec = specs?.[name];
      if (!spec) {
        problems.push(`${at2(p.key)}: ${key}.${shown(name)}: ${names.length ? `unknown option; allowed: ${names.join(", ")}` : `${rule.meta.id} takes no options`}`);
        continue;
      }
      const mistake = optionMistake(spec, value);
      if (mistake) problems.push(`${at2(p.value ?? p.key)}: ${key}.${name}: ${mistake}`);
      else out[name] = value;
    }
    return out;
  }
}
function optionMistake(spec, value) {
  const list = spec.type.endsWith("[]");
  const item = spec.type.replace("[]", "");
  const items = list ? value : [value];
  if (list && !Array.isArray(value)) return `must be a list of ${item === "regex" ? "regular expressions" : `${item}s`}, not ${describe(value)}`;
  for (const v of items) {
    if (item === "number") {
      if (typeof v !== "number" || !Number.isFinite(v)) return `must be a number, not ${describe(v)}`;
      if (spec.minimum !== void 0 && v < spec.minimum) return `must be at least ${spec.minimum}, not ${v}`;
    } else if (item === "boolean") {
      if (typeof v !== "boolean") return `must be true or false, not ${describe(v)}`;
    } else if (typeof v !== "string") {
      return `must be ${item === "regex" ? "a regular expression" : "a string"}${list ? " in each entry" : ""}, not ${describe(v)}`;
    } else if (item === "regex") {
      try {
        new RegExp(v, "u");
      } catch (e) {
        return `"${shown(v)}" is not a valid regular expression: ${e.message.split(": ").pop()}`;
      }
    }
  }
  return void 0;
}
function stringList(node) {
  if (!(0, import_yaml3.isSeq)(node) || !node.items.every((i) => (0, import_yaml3.isScalar)(i) && typeof i.value === "string")) return void 0;
  return node.items.map((i) => String(i.value));
}
function describe(v) {
  const value = (0, import_yaml3.isScalar)(v) ? v.value : v;
  if (value === null || value === void 0) return "empty";
  if ((0, import_yaml3.isMap)(value) || typeof value === "object" && !Array.isArray(value) && !(0, import_yaml3.isSeq)(value)) return "a mapping";
  if ((0, import_yaml3.isSeq)(value) || Array.isArray(value)) return "a list";
  return `"${shown(String(value))}"`;
}
function shown(s) {
  const clean = s.replace(/[\u0000-\u001f\u007f]/g, "?");
  return clean.length > 40 ? `${clean.slice(0, 40)}\u2026` : clean;
}
function closest(word, allowed) {
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const candidate of allowed) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = next;
    }
  }
  return row[b.length];
}

// src/engine/baseline.ts
var BASELINE_VERSION = 1;
var BaselineError = class extends Error {
  name = "BaselineError";
};
function createBaseline(findings, now = /* @__PURE__ */ new Date()) {
  return {
    version: BASELINE_VERSION,
    created: now.toISOString(),
    findings: [...findings].sort(compareFindings).map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, severity: f.severity, file: f.file, startLine: f.startLine }))
  };
}
function renderBaseline(baseline) {
  return JSON.stringify(baseline, null, 2) + "\n";
}
function parseBaseline(text2, where) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch {
    throw new BaselineError(`${where}: not a baseline file (not valid JSON); write one with: manifest-gate baseline --output ${where}`);
  }
  const v = value;
  if (!v || typeof v !== "object" || v.version !== BASELINE_VERSION || !Array.isArray(v.findings)) {
    throw new BaselineError(`${where}: not a version ${BASELINE_VERSION} baseline file (expected {"version": ${BASELINE_VERSION}, "findings": [...]})`);
  }
  v.findings.forEach((e, i) => {
    if (!e || typeof e !== "object" || typeof e.fingerprint !== "string") throw new BaselineError(`${where}: findings[${i}] has no fingerprint`);
  });
  return v;
}
function applyBaseline(findings, baseline, label, scanned) {
  const remaining = /* @__PURE__ */ new Map();
  for (const e of baseline.findings) {
    const list = remaining.get(e.fingerprint);
    if (list) list.push(e);
    else remaining.set(e.fingerprint, [e]);
  }
  const out = { findings: [], baselined: [], gone: [] };
  for (const f of findings) {
    const entry = remaining.get(f.fingerprint)?.shift();
    if (entry) out.baselined.push({ ...f, reason: `accepted in the baseline ${label}`, via: "baseline" });
    else out.findings.push(f);
  }
  for (const list of remaining.values()) out.gone.push(...list.filter((e) => !scanned || scanned.has(e.file)));
  out.gone.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.startLine - b.startLine);
  return out;
}

// src/manifests/source.ts
var MAX_FILE_BYTES = 10 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decodeSource(path4, bytes) {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      path: path4,
      line: 1,
      column: 1,
      reason: `file is ${bytes.length} bytes, over the ${MAX_FILE_BYTES}-byte limit for safe reading; it was not parsed`
    };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = positionOfByte(bytes, nul);
    return { path: path4, line, column, reason: "file holds a NUL byte: it is binary, not YAML or JSON" };
  }
  let text2;
  try {
    text2 = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    return { path: path4, line, column, reason: `invalid UTF-8 at byte ${bad}: Kubernetes manifests must be UTF-8` };
  }
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  return { path: path4, text: text2, bytes: bytes.length };
}
function isSourceProblem(x) {
  return x.reason !== void 0;
}
function positionOfByte(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function firstInvalidUtf8(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    if (c < 128) n = 0;
    else if (c >= 194 && c <= 223) n = 1;
    else if (c >= 224 && c <= 239) n = 2;
    else if (c >= 240 && c <= 244) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === void 0 || (d & 192) !== 128) return i;
    }
    i += n + 1;
  }
  return Math.max(0, b.length - 1);
}

// src/manifests/document.ts
var import_yaml4 = __toESM(require_dist(), 1);
var ManifestDocument = class {
  constructor(source, index, value, role, positions, item) {
    this.source = source;
    this.index = index;
    this.value = value;
    this.role = role;
    this.positions = positions;
    this.item = item;
    const v = value && typeof value === "object" ? value : {};
    const meta = v.metadata && typeof v.metadata === "object" ? v.metadata : {};
    this.kind = typeof v.kind === "string" ? v.kind : "";
    this.apiVersion = typeof v.apiVersion === "string" ? v.apiVersion : "";
    this.name = typeof meta.name === "string" ? meta.name : "";
    this.namespace = typeof meta.namespace === "string" ? meta.namespace : "";
  }
  source;
  index;
  value;
  role;
  positions;
  item;
  /** Kind, apiVersion, name and namespace of an object; empty strings when absent. */
  kind;
  apiVersion;
  name;
  namespace;
  /** The parsed YAML document with positions; built on first use when the fast path loaded the value. */
  get yaml() {
    return this.positions.document(this.index).doc;
  }
  get base() {
    return this.positions.document(this.index).base;
  }
  get lines() {
    return this.positions.lines();
  }
  /**
   * Frees the parsed positions of this document's file (a YAML syntax tree is many times the text). The
   * engine calls it on documents it keeps for cross-file rules; positions are parsed again if needed.
   */
  releasePositions() {
    this.positions.release?.();
  }
  /** The repository-relative path of the file that holds this document. */
  get file() {
    return this.source.path;
  }
  /** The full path from the YAML document root (List items are prefixed with `items[i]`). */
  absolutePath(path4) {
    return this.item === void 0 ? path4 : ["items", this.item, ...path4];
  }
  /**
   * The source range of the value at `path`. A scalar lands on its own line; a block scalar or a
   * collection under a key lands on the key's line; a path that cannot be followed (merged from an
   * anchor, say) lands on the deepest node it reaches. `innerLine` picks a line inside a block scalar.
   */
  locate(path4, innerLine) {
    const full = this.absolutePath(path4);
    let node = this.yaml.contents;
    let viaPair;
    let best = { node, pair: viaPair };
    for (const seg of full) {
      const next = this.step(node, seg);
      if (!next) break;
      node = next.node;
      viaPair = next.pair;
      best = { node, pair: viaPair };
    }
    return this.rangeOf(best.node, best.pair, innerLine);
  }
  /** The range of the document itself: the object's `kind:` line, or a List item's first line. */
  locateObject() {
    if (this.item !== void 0) return this.locate([]);
    const quick = this.positions.rootKey?.(this.index, "kind");
    if (quick) return quick;
    const kindPos = this.locateKey(["kind"]);
    return kindPos ?? this.locate([]);
  }
  /** The line of the key at `path` (the key itself, not its value), if the key is written in the source. */
  locateKey(path4) {
    if (path4.length === 0) return void 0;
    const parent = this.resolve(this.absolutePath(path4.slice(0, -1)));
    if (!parent) return void 0;
    const found = this.step(parent, path4[path4.length - 1]);
    const key = found?.pair?.key;
    if (!key || !key.range) return void 0;
    return this.fromOffsets(key.range[0], key.range[1]);
  }
  /** First and last line of this document (or List item) in its file. */
  lineSpan() {
    const quick = this.item === void 0 ? this.positions.span?.(this.index) : void 0;
    if (quick) return quick;
    const node = this.item === void 0 ? this.yaml.contents : this.resolve(["items", this.item]);
    const range2 = node?.range;
    if (!range2) return { startLine: 1, endLine: 1 };
    const p = this.fromOffsets(range2[0], range2[1]);
    return { startLine: p.startLine, endLine: p.endLine };
  }
  resolve(path4) {
    let node = this.yaml.contents;
    for (const seg of path4) {
      const next = this.step(node, seg);
      if (!next) return void 0;
      node = next.node;
    }
    return node;
  }
  step(node, seg) {
    if ((0, import_yaml4.isAlias)(node)) node = node.resolve(this.yaml);
    if ((0, import_yaml4.isMap)(node)) {
      for (const pair2 of node.items) {
        if (keyString(pair2.key) === String(seg)) return { node: pair2.value, pair: pair2 };
      }
      for (const pair2 of node.items) {
        if (!isMergeKey(pair2.key)) continue;
        const sources = (0, import_yaml4.isSeq)(pair2.value) ? pair2.value.items : [pair2.value];
        for (const src of sources) {
          const found = this.step(src, seg);
          if (found) return found;
        }
      }
      return void 0;
    }
    if ((0, import_yaml4.isSeq)(node) && typeof seg === "number") {
      const item = node.items[seg];
      return item === void 0 ? void 0 : { node: item };
    }
    return void 0;
  }
  rangeOf(node, pair2, innerLine) {
    const value = node;
    const key = pair2?.key;
    const blockScalar = (0, import_yaml4.isScalar)(value) && (value.type === import_yaml4.Scalar.BLOCK_LITERAL || value.type === import_yaml4.Scalar.BLOCK_FOLDED);
    if (blockScalar && innerLine !== void 0 && value.range && value.type === import_yaml4.Scalar.BLOCK_LITERAL) {
      const header = this.lines.linePos(this.base + value.range[0]).line;
      const line = header + 1 + innerLine;
      return { startLine: line, startColumn: 1, endLine: line, endColumn: 1 };
    }
    const valueRange = value?.range;
    const useKey = key?.range && (blockScalar || (0, import_yaml4.isCollection)(value) || !valueRange || isNullValue(value));
    const start = useKey ? key.range[0] : valueRange ? valueRange[0] : 0;
    const end = valueRange ? valueRange[1] : key?.range ? key.range[1] : start;
    return this.fromOffsets(start, Math.max(start, end));
  }
  fromOffsets(relStart, relEnd) {
    const text2 = this.source.text;
    const start = this.base + relStart;
    const end = this.base + relEnd;
    let e = end;
    while (e > start && (text2[e - 1] === "\n" || text2[e - 1] === "\r")) e--;
    const s = this.lines.linePos(start);
    const t = this.lines.linePos(e);
    return { startLine: s.line, startColumn: s.col, endLine: t.line, endColumn: t.col };
  }
};
function keyString(key) {
  if ((0, import_yaml4.isScalar)(key)) {
    const v = key.value;
    return v === null ? "null" : typeof v === "symbol" ? void 0 : String(v);
  }
  return void 0;
}
function isMergeKey(key) {
  return (0, import_yaml4.isScalar)(key) && key.source === "<<" && (typeof key.value === "symbol" || key.value === "<<");
}
function isNullValue(node) {
  return (0, import_yaml4.isScalar)(node) && node.value === null && !node.source;
}

// src/manifests/load.ts
var import_yaml6 = __toESM(require_dist(), 1);

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result2 = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result2 += string;
    }
    return result2;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message2 = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message2;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message2 + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts2 = [0];
    const lineEnds = [];
    let match2;
    let foundLineNo = -1;
    while (match2 = re.exec(mark.buffer)) {
      lineEnds.push(match2.index);
      lineStarts2.push(match2.index + match2[0].length);
      if (mark.position <= match2.index && foundLineNo < 0) {
        foundLineNo = lineStarts2.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
    let result2 = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]),
        maxLineLength
      );
      result2 = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result2;
    }
    const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result2 += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result2 += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]),
        maxLineLength
      );
      result2 += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result2.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result2 = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result2[String(alias)] = style;
        });
      });
    }
    return result2;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result2 = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result2.length;
      result2.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result2[newIndex] = currentType;
    });
    return result2;
  }
  function compileMap() {
    const result2 = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result2.multi[type2.kind].push(type2);
        result2.multi["fallback"].push(type2);
      } else {
        result2[type2.kind][type2.tag] = result2["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result2;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result2 = Object.create(Schema2.prototype);
    result2.implicit = (this.implicit || []).concat(implicit);
    result2.explicit = (this.explicit || []).concat(explicit);
    result2.compiledImplicit = compileList(result2, "implicit");
    result2.compiledExplicit = compileList(result2, "explicit");
    result2.compiledTypeMap = compileMap(result2.compiledImplicit, result2.compiledExplicit);
    return result2;
  };
  schema = Schema2;
  return schema;
}
var str2;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str2;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str2 = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str2;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null2() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj2) {
        return obj2 >= 0 ? "0b" + obj2.toString(2) : "-0b" + obj2.toString(2).slice(1);
      },
      octal: function(obj2) {
        return obj2 >= 0 ? "0o" + obj2.toString(8) : "-0o" + obj2.toString(8).slice(1);
      },
      decimal: function(obj2) {
        return obj2.toString(10);
      },
      hexadecimal: function(obj2) {
        return obj2 >= 0 ? "0x" + obj2.toString(16).toUpperCase() : "-0x" + obj2.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null2(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match2 = YAML_DATE_REGEXP.exec(data);
    if (match2 === null) match2 = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match2 === null) throw new Error("Date resolve error");
    const year = +match2[1];
    const month = +match2[2] - 1;
    const day = +match2[3];
    if (!match2[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match2[4];
    const minute = +match2[5];
    const second = +match2[6];
    if (match2[7]) {
      fraction = match2[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match2[9]) {
      const tzHour = +match2[10];
      const tzMinute = +(match2[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match2[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result2 = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result2.push(bits >> 16 & 255);
        result2.push(bits >> 8 & 255);
        result2.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result2.push(bits >> 16 & 255);
      result2.push(bits >> 8 & 255);
      result2.push(bits & 255);
    } else if (tailbits === 18) {
      result2.push(bits >> 10 & 255);
      result2.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result2.push(bits >> 4 & 255);
    }
    return new Uint8Array(result2);
  }
  function representYamlBinary(object) {
    let result2 = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result2 += map2[bits >> 18 & 63];
        result2 += map2[bits >> 12 & 63];
        result2 += map2[bits >> 6 & 63];
        result2 += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result2 += map2[bits >> 18 & 63];
      result2 += map2[bits >> 12 & 63];
      result2 += map2[bits >> 6 & 63];
      result2 += map2[bits & 63];
    } else if (tail === 2) {
      result2 += map2[bits >> 10 & 63];
      result2 += map2[bits >> 4 & 63];
      result2 += map2[bits << 2 & 63];
      result2 += map2[64];
    } else if (tail === 1) {
      result2 += map2[bits >> 2 & 63];
      result2 += map2[bits << 4 & 63];
      result2 += map2[64];
      result2 += map2[64];
    }
    return result2;
  }
  function isBinary2(obj2) {
    return Object.prototype.toString.call(obj2) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary2,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair2 = object[index];
      let pairHasKey = false;
      if (_toString.call(pair2) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair2) {
        if (_hasOwnProperty.call(pair2, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result2 = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair2 = object[index];
      if (_toString.call(pair2) !== "[object Object]") return false;
      const keys = Object.keys(pair2);
      if (keys.length !== 1) return false;
      result2[index] = [keys[0], pair2[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result2 = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair2 = object[index];
      const keys = Object.keys(pair2);
      result2[index] = [keys[0], pair2[keys[0]]];
    }
    return result2;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj2) {
    return Object.prototype.toString.call(obj2);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State2(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message2) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message2, mark);
  }
  function throwError(state, message2) {
    throw generateError(state, message2);
  }
  function throwWarning(state, message2) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message2));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args2) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args2.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match2 = /^([0-9]+)\.([0-9]+)$/.exec(args2[0]);
      if (match2 === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match2[1], 10);
      const minor = parseInt(match2[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args2[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args2) {
      let prefix2;
      if (args2.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args2[0];
      prefix2 = args2[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix2)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix2 = decodeURIComponent(prefix2);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix2);
      }
      state.tagMap[handle] = prefix2;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair2;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair2 = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair2 = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair2 = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair2) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State2(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result2 = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result2[tag] = style;
    }
    return result2;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State2(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result2 = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result2 += ind;
      result2 += line;
    }
    return result2;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str22) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str22)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result2 = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match2;
    while (match2 = lineRe.exec(string)) {
      const prefix2 = match2[1];
      const line = match2[2];
      moreIndented = line[0] === " ";
      result2 += prefix2 + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result2;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match2;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result2 = "";
    while (match2 = breakRe.exec(line)) {
      next = match2.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result2 += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result2 += "\n";
    if (line.length - start > width && curr > start) {
      result2 += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result2 += line.slice(start);
    }
    return result2.slice(1);
  }
  function escapeString(string) {
    let result2 = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result2 += string[i];
        if (char >= 65536) result2 += string[i + 1];
      } else {
        result2 += escapeSeq || encodeHex(char);
      }
    }
    return result2;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State2(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null2(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/manifests/fast-parse.ts
var import_yaml5 = __toESM(require_dist(), 1);
var Decline = class extends Error {
};
function implicitType(schemaOptions) {
  const doc = new import_yaml5.Document(null, schemaOptions);
  const tags = doc.schema.tags.filter((t) => t.test && t.resolve && (t.default === true || t.default === "key"));
  let matched;
  const onError = () => {
    throw new Decline("scalar");
  };
  return new yaml.Type("tag:manifest-gate,2026:implicit", {
    kind: "scalar",
    resolve: (s) => {
      if (s === null) return false;
      if (s.length > 0 && !MAY_RESOLVE.test(s[0])) return false;
      matched = tags.find((t) => t.test.test(s));
      if (matched?.default === "key") throw new Decline("merge key");
      return matched !== void 0;
    },
    construct: (s) => {
      const r = matched.resolve(s, onError, { intAsBigInt: false });
      return (0, import_yaml5.isScalar)(r) ? r.value : r;
    }
  });
}
var MAY_RESOLVE = /[-+.0-9~nNyYtTfFoO<]/;
function schemaFor(schemaOptions) {
  return yaml.FAILSAFE_SCHEMA.extend({ implicit: [implicitType(schemaOptions)] });
}
function declinedText(text2) {
  return text2.includes("%") && /^%/m.test(text2) || text2.includes("\r") && /\r(?!\n)/.test(text2) || text2.includes("	") && /^ *\t/m.test(text2);
}
var FLOW_START = /(?:^[ \t]*|[:?-][ \t]+)[[{][^\n]*/gm;
function mayHaveMultiLineFlow(text2) {
  const first = /^(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*(\S)/.exec(text2)?.[1];
  if ((first === "{" || first === "[") && !/^---/m.test(text2)) return false;
  for (const m of text2.matchAll(FLOW_START)) {
    const scan2 = { depth: 0, quote: "" };
    balance(m[0].slice(m[0].search(/[[{]/)), scan2);
    if (scan2.depth > 0 || scan2.quote) return true;
  }
  return false;
}
function underIndentedFlow(text2, from, to) {
  let start = from;
  while (start < to && (text2[start] === " " || text2[start] === "	" || text2[start] === "\n" || text2[start] === "\r")) start++;
  if (text2[start] !== "[" && text2[start] !== "{") return false;
  const firstBreak = text2.indexOf("\n", start);
  if (firstBreak < 0 || firstBreak >= to) return false;
  const lineStart = text2.lastIndexOf("\n", start - 1) + 1;
  const column = /^[ \t]*(?:-[ \t]+)*/.exec(text2.slice(lineStart, start))[0].length;
  for (let at2 = firstBreak; at2 >= 0 && at2 < to; at2 = text2.indexOf("\n", at2 + 1)) {
    const end = text2.indexOf("\n", at2 + 1);
    const line = text2.slice(at2 + 1, end < 0 ? text2.length : end);
    if (/^[ \t]*(?:#.*)?\r?$/.test(line)) continue;
    if (at2 + 1 >= to) break;
    if (/^ */.exec(line)[0].length <= column) return true;
  }
  return false;
}
function balance(line, scan2) {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (scan2.quote) {
      if (c === "\\" && scan2.quote === '"') i++;
      else if (c === scan2.quote) scan2.quote = "";
    } else if (c === '"' || c === "'") scan2.quote = c;
    else if (c === "[" || c === "{") scan2.depth++;
    else if (c === "]" || c === "}") scan2.depth--;
    else if (c === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "	")) return;
  }
}
function fastParser(schemaOptions, maxDepth) {
  const schema2 = schemaFor(schemaOptions);
  return (text2) => {
    if (declinedText(text2)) return void 0;
    let aliased = false;
    let flowTooShallow = false;
    const watchAliases = MAY_ALIAS.test(text2);
    const watchFlows = mayHaveMultiLineFlow(text2);
    const opened = [];
    const listener = watchAliases || watchFlows ? (event, state) => {
      const s = state;
      if (event === "open") {
        if (watchAliases && !(s.anchorMap instanceof AliasWatch)) s.anchorMap = new AliasWatch(() => aliased = true);
        if (watchFlows) opened.push(s.position);
      } else if (watchFlows) {
        const from = opened.pop();
        if (!flowTooShallow && underIndentedFlow(text2, from, s.position)) flowTooShallow = true;
      }
    } : void 0;
    let docs;
    let sequenceKey = false;
    const arrayToString = Array.prototype.toString;
    try {
      Array.prototype.toString = function() {
        sequenceKey = true;
        return arrayToString.call(this);
      };
      docs = yaml.loadAll(text2, void 0, { schema: schema2, maxDepth, listener });
    } catch {
      return void 0;
    } finally {
      Array.prototype.toString = arrayToString;
    }
    if (sequenceKey || flowTooShallow) return void 0;
    if (aliased) return void 0;
    for (const d of docs) if (!plainKeys(d)) return void 0;
    return docs;
  };
}
var MAY_ALIAS = /(?:^|[\s[{,])\*\S/;
var AliasWatch = class {
  constructor(onAlias) {
    return new Proxy(this, {
      get(target, prop, receiver) {
        if (typeof prop === "string") onAlias();
        return Reflect.get(target, prop, receiver);
      },
      getOwnPropertyDescriptor(target, prop) {
        onAlias();
        return Reflect.getOwnPropertyDescriptor(target, prop);
      }
    });
  }
};
function plainKeys(value) {
  if (value === null || typeof value !== "object") return true;
  if (Array.isArray(value)) {
    for (const v of value) if (!plainKeys(v)) return false;
    return true;
  }
  for (const k in value) {
    if (k === "null" || k.startsWith("[object ")) return false;
    if (!plainKeys(value[k])) return false;
  }
  return true;
}

// src/manifests/load.ts
var YAML_OPTIONS = {
  version: "1.1",
  // The parser's own duplicate-key check is quadratic in a map's size (a 40,000-key ConfigMap took 28 s);
  // `duplicateKeyOffset` does the same check with a set per map.
  uniqueKeys: false,
  // The parser's warnings go to process.emitWarning and can quote keys or values: never print them.
  logLevel: "silent",
  merge: true,
  customTags: (tags) => tags.filter((t) => {
    const tag = t.tag;
    const format = t.format;
    return tag !== "tag:yaml.org,2002:timestamp" && format !== "TIME";
  })
};
var MAX_ALIAS_COUNT = 1e3;
var TO_JS = { maxAliasCount: MAX_ALIAS_COUNT };
var FAST_MAX_DEPTH = 200;
var fastParse = fastParser(YAML_OPTIONS, FAST_MAX_DEPTH);
var fastPathEnabled = true;
var TEMPLATE_MARK = /\{\{(?:-?\s|[^{}]*\}\})/;
function loadFile(source, hints = {}) {
  if (hints.inChartTemplates) {
    return { source, status: "template", documents: [templateDocument(source)], problems: [], templateReason: "it sits in a Helm chart's templates/ folder" };
  }
  const fast = fastPathEnabled ? fastParse(source.text) : void 0;
  if (fast) return fromValues(source, hints, fast);
  const templated = TEMPLATE_MARK.test(source.text);
  const lineCounter = new import_yaml6.LineCounter();
  const documents = [];
  const problems = [];
  let parsed;
  try {
    parsed = parseDocuments(source.text, lineCounter);
  } catch (e) {
    return {
      source,
      status: "yaml",
      documents,
      problems: [{ line: 1, column: 1, index: 0, reason: e instanceof RangeError ? "nested too deeply to read safely" : `the YAML parser gave up on this file (${errorName(e)})` }]
    };
  }
  if (templated && templateCausedError(source.text, parsed, lineCounter)) {
    return { source, status: "template", documents: [templateDocument(source)], problems: [], templateReason: "it holds {{ \u2026 }} template expressions and is not plain YAML" };
  }
  const role0 = fileRole(source.path, hints);
  const positions = { document: (i) => ({ doc: parsed[i], base: 0 }), lines: () => lineCounter };
  parsed.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
      problems.push({ line: pos.line, column: pos.col, index, reason: cleanReason(err.code, err.message) });
      if (!doc.errors.every((e) => e.code === "DUPLICATE_KEY")) return;
    }
    if (doc.contents === null) return;
    const duplicate = doc.errors.length === 0 ? duplicateKeyOffset(doc) : void 0;
    if (duplicate !== void 0) {
      const pos = lineCounter.linePos(duplicate);
      problems.push({ line: pos.line, column: pos.col, index, reason: cleanReason("DUPLICATE_KEY", "") });
    }
    let value;
    try {
      value = doc.toJS(TO_JS);
    } catch (e) {
      const pos = doc.contents.range ? lineCounter.linePos(doc.contents.range[0]) : { line: 1, col: 1 };
      const reason = /alias/i.test(String(e?.message)) ? `more than ${MAX_ALIAS_COUNT} alias expansions (an alias bomb?); the document was not expanded` : `the document could not be converted (${errorName(e)})`;
      problems.push({ line: pos.line, column: pos.col, index, reason });
      return;
    }
    addDocument(documents, source, index, value, role0, positions);
  });
  return { source, status: "yaml", documents, problems };
}
function templateDocument(source) {
  const lines = new import_yaml6.LineCounter();
  lines.addNewLine(0);
  for (let at2 = source.text.indexOf("\n"); at2 >= 0; at2 = source.text.indexOf("\n", at2 + 1)) lines.addNewLine(at2 + 1);
  let empty;
  const positions = {
    document: () => ({ doc: empty ??= parseDocuments("", new import_yaml6.LineCounter())[0], base: 0 }),
    lines: () => lines,
    span: () => ({ startLine: 1, endLine: lines.lineStarts.length })
  };
  return new ManifestDocument(source, 0, source.text, "template", positions);
}
function duplicateKeyOffset(doc) {
  let first;
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml6.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair2 of node.items) {
        const key = pair2.key;
        if ((0, import_yaml6.isScalar)(key) && typeof key.value !== "symbol") {
          const id = `${typeof key.value}:${String(key.value)}`;
          const at2 = key.range?.[0];
          if (seen.has(id) && at2 !== void 0 && (first === void 0 || at2 < first)) first = at2;
          seen.add(id);
        } else if ((0, import_yaml6.isCollection)(key)) stack.push(key);
        stack.push(pair2.value);
      }
    } else if ((0, import_yaml6.isSeq)(node)) for (const item of node.items) stack.push(item);
  }
  return first;
}
function templateCausedError(text2, parsed, lineCounter) {
  const first = parsed.find((d) => d.errors.length > 0)?.errors[0];
  if (!first) return false;
  const line = first.linePos?.[0].line ?? lineCounter.linePos(first.pos[0]).line;
  const lines = text2.split("\n", line);
  return [line - 1, line - 2].some((i) => i >= 0 && lines[i] !== void 0 && lines[i].includes("{{"));
}
function fromValues(source, hints, values) {
  const role0 = fileRole(source.path, hints);
  const positions = lazyPositions(source.text, values);
  const documents = [];
  values.forEach((value, index) => addDocument(documents, source, index, value, role0, positions));
  return { source, status: "yaml", documents, problems: [] };
}
function addDocument(out, source, index, value, role0, positions) {
  if (value === null || value === void 0) return;
  const role = docRole(value, role0);
  const items = role === "object" ? listItems(value) : void 0;
  if (items) {
    items.forEach((item, i) => out.push(new ManifestDocument(source, index, item, docRole(item, "other"), positions, i)));
    return;
  }
  out.push(new ManifestDocument(source, index, value, role, positions));
}
function lazyPositions(text2, values) {
  let lines;
  let whole;
  const one = /* @__PURE__ */ new Map();
  let slices = null;
  const wholeFile = (i) => {
    whole ??= parseDocuments(text2, new import_yaml6.LineCounter());
    return { doc: whole[i] ?? parseDocuments("", new import_yaml6.LineCounter())[0], base: 0 };
  };
  return {
    document(i) {
      if (whole) return wholeFile(i);
      const known = one.get(i);
      if (known) return known;
      if (slices === null) slices = documentSlices(text2, values.length);
      const slice = slices?.[i];
      if (!slice) return wholeFile(i);
      const part = parseDocuments(text2.slice(slice.start, slice.end), new import_yaml6.LineCounter());
      if (part.length !== 1 || part[0].errors.length > 0 || !sameTopKeys(part[0], values[i])) return wholeFile(i);
      const found = { doc: part[0], base: slice.start };
      one.set(i, found);
      return found;
    },
    rootKey(i, key) {
      if (slices === null) slices = documentSlices(text2, values.length);
      const slice = slices?.[i];
      if (!slice) return void 0;
      const line = plainRootKeyLine(text2.slice(slice.start, slice.end), key);
      if (line === void 0) return void 0;
      const start = this.lines().linePos(slice.start).line + line;
      return { startLine: start, startColumn: 1, endLine: start, endColumn: key.length + 1 };
    },
    release() {
      whole = void 0;
      one.clear();
    },
    span(i) {
      if (slices === null) slices = documentSlices(text2, values.length);
      const slice = slices?.[i];
      if (!slice) return void 0;
      const found = contentLines(text2.slice(slice.start, slice.end));
      if (!found) return void 0;
      const base = this.lines().linePos(slice.start).line;
      return { startLine: base + found.first, endLine: base + found.last };
    },
    lines() {
      if (!lines) {
        lines = new import_yaml6.LineCounter();
        lines.addNewLine(0);
        for (let at2 = text2.indexOf("\n"); at2 >= 0; at2 = text2.indexOf("\n", at2 + 1)) lines.addNewLine(at2 + 1);
      }
      return lines;
    }
  };
}
function contentLines(slice) {
  const lines = slice.split("\n");
  const isContent = (line, i) => {
    const body = i === 0 ? line.replace(/^---(?=[ \t\r]|$)/, "") : line;
    return !/^\s*(?:#.*)?$/.test(body);
  };
  let first = -1;
  for (let i = 0; i < lines.length; i++) if (isContent(lines[i], i)) {
    first = i;
    break;
  }
  if (first < 0) return void 0;
  let last = first;
  for (let i = lines.length - 1; i > first; i--) if (isContent(lines[i], i)) {
    last = i;
    break;
  }
  return { first, last };
}
function documentSlices(text2, count) {
  if (/^\.\.\.(?:[ \t\r\n]|$)/m.test(text2)) return void 0;
  const starts = [];
  for (const m of text2.matchAll(/^---(?=[ \t\r\n]|$)/gm)) starts.push(m.index);
  if (starts[0] !== 0 && (starts.length === 0 || /^[ \t]*[^\s#]/m.test(text2.slice(0, starts[0])))) starts.unshift(0);
  if (starts.length !== count) return void 0;
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text2.length }));
}
function plainRootKeyLine(slice, key) {
  let body = 0;
  if (slice.startsWith("---")) {
    const nl = slice.indexOf("\n");
    if (nl < 0 || !/^---[ \t]*(?:#.*)?\r?$/.test(slice.slice(0, nl))) return void 0;
    body = nl + 1;
  }
  const first = /^[ \t]*[^\s#].*/m.exec(slice.slice(body));
  if (!first || !/^[A-Za-z_][\w./-]*:(?:[ \t\r]|$)/.test(first[0])) return void 0;
  const hits = [...slice.matchAll(new RegExp(`^${key}:(?=[ \\t\\r\\n]|$)`, "gm"))];
  if (hits.length !== 1 || new RegExp(`^["']${key}["'][ \\t]*:`, "m").test(slice)) return void 0;
  let line = 0;
  for (let at2 = slice.indexOf("\n"); at2 >= 0 && at2 < hits[0].index; at2 = slice.indexOf("\n", at2 + 1)) line++;
  return line;
}
function sameTopKeys(doc, value) {
  const contents = doc.contents;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return !(0, import_yaml6.isMap)(contents);
  if (!(0, import_yaml6.isMap)(contents)) return false;
  const keys = contents.items.map((p) => (0, import_yaml6.isScalar)(p.key) ? String(p.key.value) : "").sort();
  const want = Object.keys(value).sort();
  return keys.length === want.length && keys.every((k, j) => k === want[j]);
}
function parseDocuments(text2, lineCounter) {
  const composer = new import_yaml6.Composer(YAML_OPTIONS);
  const parser = new import_yaml6.Parser(lineCounter.addNewLine);
  const docs = [];
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const d of composer.compose(parser.parse(text2), true, text2.length)) docs.push(d);
  } finally {
    Error.stackTraceLimit = limit;
  }
  return docs;
}
function fileRole(path4, hints) {
  const base = path4.slice(path4.lastIndexOf("/") + 1);
  if (/^(kustomization\.ya?ml|Kustomization)$/.test(base)) return "kustomization";
  if (/^values([.-][^/]*)?\.ya?ml$/.test(base) && (hints.besideChart || base === "values.yaml")) return "helm-values";
  return "other";
}
function docRole(value, fallback) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return fallback === "helm-values" ? "helm-values" : "other";
  const v = value;
  if (v.kind === "Kustomization" && typeof v.apiVersion === "string" && v.apiVersion.startsWith("kustomize.config.k8s.io/")) {
    return "kustomization";
  }
  if (fallback === "kustomization") return "kustomization";
  if (typeof v.apiVersion === "string" && typeof v.kind === "string") return "object";
  return fallback;
}
function listItems(value) {
  const v = value;
  if (typeof v.kind !== "string" || !v.kind.endsWith("List") || !Array.isArray(v.items)) return void 0;
  return v.items;
}
var QUOTES_SOURCE = /^(Not a YAML token|Block scalar header includes extra characters|Could not resolve tag|Unresolved alias \(the anchor must be set before the alias\)|Invalid escape sequence|Unknown directive|Unsupported YAML version|Plain value cannot start with)\b.*$/s;
function cleanReason(code, message2) {
  if (code === "DUPLICATE_KEY") return "duplicate key: the same mapping key appears twice (kubectl rejects this)";
  const first = message2.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  if (/Maximum call stack/i.test(first)) return "nested too deeply to read safely";
  if (/^The .* tag has no suffix$/s.test(first)) return "A tag has no suffix";
  return first.replace(QUOTES_SOURCE, "$1").replace(/:\s*".*"$/, "").replace(/"[^"]*"/g, "(token)");
}
function errorName(e) {
  return e instanceof Error ? e.name : "unknown error";
}

// src/engine/settings.ts
function isEnabled(rule, settings) {
  const s = settings[rule.meta.id];
  if (s?.severity === "off" || s?.enabled === false) return false;
  if (s?.severity !== void 0 || s?.enabled === true) return true;
  return rule.meta.defaultSeverity !== "off";
}
function effectiveSeverity(rule, problemSeverity, settings) {
  const configured = settings[rule.meta.id]?.severity;
  if (configured && configured !== "off") return configured;
  if (problemSeverity) return problemSeverity;
  return rule.meta.defaultSeverity === "off" ? "warning" : rule.meta.defaultSeverity;
}

// src/engine/suppress.ts
var IGNORE_ANNOTATION = "manifest-gate.io/ignore";
var IGNORE_REASON_ANNOTATION = "manifest-gate.io/ignore-reason";
var IGNORE_UNTIL_ANNOTATION = "manifest-gate.io/ignore-until";
var KUBE_LINTER_PREFIX = "ignore-check.kube-linter.io/";
var KUBE_LINTER_EQUIVALENTS = {
  "env-var-secret": "env-literal-credential",
  "read-secret-from-env-var": "secret-env-exposure",
  "access-to-secrets": "rbac-secret-access",
  "wildcard-in-rules": "rbac-wildcard",
  "cluster-admin-role-binding": "rbac-cluster-admin-binding",
  "access-to-create-pods": "rbac-secret-escalation"
};
var COMMENT = /(?:^|\s)#\s*manifest-gate\s*:(.*)$/;
var MARKERS = ["manifest-gate", "kube-linter.io"];
function applySuppressions(findings, input) {
  const known = new Set(input.rules.map((r) => r.meta.id));
  const today = input.now.toISOString().slice(0, 10);
  const templates = new Set(findings.filter((f) => f.ruleId === TEMPLATE_SKIPPED.meta.id).map((f) => f.file));
  const problems = [];
  const suppressions = [];
  const report = (f) => {
    if (!isEnabled(SUPPRESSION_INVALID, input.settings)) return;
    const rule = SUPPRESSION_INVALID;
    problems.push({ ...f, ruleId: rule.meta.id, severity: effectiveSeverity(rule, void 0, input.settings), remediation: rule.meta.remediation, docsUrl: docsUrl(rule.meta.id) });
  };
  const validate = (ids, reason, until) => {
    const rules = ids.join(", ");
    if (ids.length === 0) return { messageId: "malformed", params: {} };
    const unknown = ids.find((id) => !known.has(id));
    if (unknown !== void 0) return { messageId: "unknown-rule", params: { rule: printableId(unknown), rules } };
    if (until !== void 0 && !isIsoDate(until)) return { messageId: "bad-date", params: { rules } };
    if (until !== void 0 && until < today) return { messageId: "expired", params: { rules, until } };
    if (!reason) return { messageId: "no-reason", params: { rules } };
    return void 0;
  };
  for (const file of input.files) {
    const bytes = input.repo.readBytes(file);
    if (!bytes || !MARKERS.some((m) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(m))) continue;
    const source = decodeSource(file, bytes);
    if (isSourceProblem(source)) continue;
    const isTemplate = templates.has(file);
    source.text.split("\n").forEach((text2, i) => {
      const m = COMMENT.exec(text2);
      if (!m) return;
      const line = i + 1;
      const draft = (messageId, params) => ({
        file,
        startLine: line,
        endLine: line,
        startColumn: text2.indexOf("#") + 1,
        ...message(messageId, params),
        fingerprint: fingerprint(SUPPRESSION_INVALID.meta.id, file, void 0, ["@line", line], messageId)
      });
      const comment = parseComment(m[1]);
      const invalid = comment ? validate(comment.ids, comment.reason, comment.until) : { messageId: "malformed", params: {} };
      if (!comment || invalid) {
        report(draft(invalid?.messageId ?? "malformed", invalid?.params ?? {}));
        return;
      }
      const worthReporting = !isTemplate && comment.ids.some((id) => checkable(id));
      suppressions.push({
        file,
        ruleIds: comment.ids,
        reason: comment.reason,
        until: comment.until,
        via: "comment",
        fromLine: line,
        toLine: line + 1,
        used: false,
        unused: worthReporting ? () => draft("unused-comment", { rules: comment.ids.join(", ") }) : void 0
      });
    });
    if (isTemplate) continue;
    const loaded = loadFile(source);
    const comments = suppressions.filter((x) => x.file === file && x.via === "comment");
    for (const doc of loaded.documents) {
      if (doc.role !== "object") continue;
      const start = doc.lineSpan().startLine;
      for (const c of comments) if (c.toLine === start) c.objectLine = doc.locateObject().startLine;
      readAnnotations(doc);
      for (const misplaced of misplacedAnnotations(doc.value)) {
        const where = misplaced.path.map(String).join(".");
        problemAt(doc, [...misplaced.path, misplaced.key], true, "misplaced", { where });
      }
    }
  }
  const findingsOut = [];
  const suppressed = [];
  for (const f of findings) {
    const s = suppressions.find(
      (x) => x.file === f.file && x.ruleIds.includes(f.ruleId) && (f.startLine >= x.fromLine && f.startLine <= x.toLine || f.startLine === x.objectLine)
    );
    if (!s) {
      findingsOut.push(f);
      continue;
    }
    s.used = true;
    suppressed.push({ ...f, reason: s.reason, ...s.until ? { until: s.until } : {}, via: s.via });
  }
  for (const s of suppressions) {
    const unused = !s.used && s.unused?.();
    if (unused) report(unused);
  }
  findingsOut.push(...problems);
  findingsOut.sort(compareFindings);
  suppressed.sort(compareFindings);
  return { findings: findingsOut, suppressed };
  function checkable(id) {
    const rule = input.rules.find((r) => r.meta.id === id);
    return rule !== void 0 && rule.scope !== "repository" && isEnabled(rule, input.settings);
  }
  function problemAt(doc, path4, onKey, messageId, params) {
    report(findingAt(doc, path4, onKey, messageId, params));
  }
  function findingAt(doc, path4, onKey, messageId, params) {
    const pos = (onKey ? doc.locateKey(path4) : void 0) ?? doc.locate(path4);
    const resource = resourceOf(doc);
    return {
      file: doc.file,
      startLine: pos.startLine,
      endLine: pos.endLine,
      startColumn: pos.startColumn,
      resource,
      ...message(messageId, { resource: describeResource(resource), ...params }),
      fingerprint: fingerprint(SUPPRESSION_INVALID.meta.id, doc.file, resource, doc.absolutePath(path4), messageId)
    };
  }
  function readAnnotations(doc) {
    const annotations = mapAt(doc.value, ["metadata", "annotations"]);
    if (!annotations) return;
    const base = ["metadata", "annotations"];
    const span = doc.lineSpan();
    const ignore = annotations[IGNORE_ANNOTATION];
    const reason = text(annotations[IGNORE_REASON_ANNOTATION]);
    const until = annotations[IGNORE_UNTIL_ANNOTATION] === void 0 ? void 0 : text(annotations[IGNORE_UNTIL_ANNOTATION]);
    if (ignore === void 0) {
      for (const key of [IGNORE_REASON_ANNOTATION, IGNORE_UNTIL_ANNOTATION]) {
        if (key in annotations) problemAt(doc, [...base, key], true, "orphan", { key });
      }
    } else {
      const ids = text(ignore).split(/[\s,]+/).filter(Boolean);
      const invalid = validate(ids, reason, until);
      if (invalid) problemAt(doc, [...base, IGNORE_ANNOTATION], true, invalid.messageId, invalid.params);
      else {
        const unused = () => findingAt(doc, [...base, IGNORE_ANNOTATION], true, "unused-annotation", { rules: ids.join(", ") });
        suppressions.push({
          file: doc.file,
          ruleIds: ids,
          reason,
          until,
          via: "annotation",
          fromLine: span.startLine,
          toLine: span.endLine,
          used: false,
          unused: ids.some((id) => checkable(id)) ? unused : void 0
        });
      }
    }
    for (const [key, value] of Object.entries(annotations)) {
      if (!key.startsWith(KUBE_LINTER_PREFIX)) continue;
      const ours = KUBE_LINTER_EQUIVALENTS[key.slice(KUBE_LINTER_PREFIX.length)];
      if (!ours) continue;
      const why = text(value);
      if (!why) {
        problemAt(doc, [...base, key], true, "no-reason", { rules: ours });
        continue;
      }
      suppressions.push({ file: doc.file, ruleIds: [ours], reason: why, via: "kube-linter annotation", fromLine: span.startLine, toLine: span.endLine, used: false });
    }
  }
}
function message(messageId, params) {
  const template = SUPPRESSION_INVALID.meta.messages[messageId];
  return { messageId, message: template.replace(/\{(\w+)\}/g, (m, k) => params[k] ?? m) };
}
function parseComment(body) {
  const m = /^\s*ignore\b(.*)$/.exec(body);
  if (!m) return void 0;
  const dash = m[1].indexOf("--");
  const head = (dash >= 0 ? m[1].slice(0, dash) : m[1]).trim();
  const reason = dash >= 0 ? m[1].slice(dash + 2).trim() : "";
  const untilMatch = /(?:^|\s)until\s+(\S+)$/.exec(head);
  const idsText = untilMatch ? head.slice(0, untilMatch.index) : head;
  const ids = idsText.split(/[\s,]+/).filter(Boolean);
  return { ids, reason, ...untilMatch ? { until: untilMatch[1] } : {} };
}
function isIsoDate(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
function printableId(id) {
  return id.replace(/[^\w./:-]/g, "?").slice(0, 60);
}
function text(v) {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v === void 0 || v === null ? "" : String(v).trim();
}
function mapAt(value, path4) {
  let cur = value;
  for (const seg of path4) {
    if (!cur || typeof cur !== "object" || Array.isArray(cur)) return void 0;
    cur = cur[seg];
  }
  return cur && typeof cur === "object" && !Array.isArray(cur) ? cur : void 0;
}
function misplacedAnnotations(root) {
  const out = [];
  const walk2 = (node, path4, depth) => {
    if (!node || typeof node !== "object" || depth > 40) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk2(item, [...path4, i], depth + 1));
      return;
    }
    const keys = Object.keys(node);
    const ours = keys.filter((k) => k.startsWith("manifest-gate.io/"));
    const isOwn = path4.length === 2 && path4[0] === "metadata" && path4[1] === "annotations";
    if (ours.length > 0 && !isOwn) out.push({ path: path4, key: ours.includes(IGNORE_ANNOTATION) ? IGNORE_ANNOTATION : ours[0] });
    for (const k of keys) walk2(node[k], [...path4, k], depth + 1);
  };
  walk2(root, [], 0);
  return out;
}
function resourceOf(doc) {
  const r = { kind: doc.kind };
  if (doc.namespace) r.namespace = doc.namespace;
  if (doc.name) r.name = doc.name;
  return r;
}

// src/engine/scan.ts
function scan(request) {
  const settings = request.settings ?? {};
  const enabled = request.rules.filter((r) => isEnabled(r, settings));
  const perDocument = enabled.filter((r) => r.scope !== "repository");
  const perRepository = enabled.filter((r) => r.scope === "repository");
  const index = new KindIndex(new Set(perRepository.flatMap((r) => r.target.kinds ?? [])));
  const findings = [];
  const deferred = [];
  let documents = 0;
  const hasChart = chartLookup(request.repo);
  const scanned = new Set(request.files);
  for (const path4 of [...scanned].sort()) {
    const loaded = load2(path4, request.repo, findings);
    if (!loaded) continue;
    documents += loaded.documents.filter((d) => d.role !== "template").length;
    let kept2;
    for (const doc of loaded.documents) {
      runRules(perDocument, doc, loaded.source, request, settings, emptyIndex, findings);
      if (index.wants(doc)) {
        index.add(doc);
        deferred.push({ doc, source: loaded.source });
        kept2 = doc;
      }
    }
    kept2?.releasePositions();
  }
  if (perRepository.length > 0) {
    for (const path4 of request.contextFiles ?? []) {
      if (scanned.has(path4)) continue;
      const loaded = load2(path4, request.repo, void 0);
      for (const doc of loaded?.documents ?? []) if (index.wants(doc)) index.add(doc);
    }
    index.wholeRepository = request.wholeRepository ?? (request.contextFiles?.length ?? 0) > 0;
    for (const { doc, source } of deferred) runRules(perRepository, doc, source, request, settings, index, findings);
  }
  findings.sort(compareFindings);
  const kept = applySuppressions(findings, { files: [...scanned], repo: request.repo, rules: request.rules, settings, now: request.now ?? /* @__PURE__ */ new Date() });
  return { ...kept, files: scanned.size, documents };
  function load2(path4, repo, out) {
    const bytes = repo.readBytes(path4);
    if (bytes === void 0) {
      out?.push(toolFinding(PARSE_ERROR, path4, 1, 1, "unreadable", { reason: "the file could not be read (missing, or a symbolic link)" }));
      return void 0;
    }
    const source = decodeSource(path4, bytes);
    if (isSourceProblem(source)) {
      out?.push(toolFinding(PARSE_ERROR, path4, source.line, source.column, "parse", { reason: source.reason }));
      return void 0;
    }
    const loaded = loadFile(source, hintsFor(path4, hasChart));
    if (loaded.status === "template") {
      out?.push(toolFinding(TEMPLATE_SKIPPED, path4, 1, 1, "skipped", { reason: loaded.templateReason ?? "it is a template" }));
    }
    for (const p of loaded.problems) {
      out?.push(toolFinding(PARSE_ERROR, path4, p.line, p.column, "parse", { reason: p.reason }, ["document", p.index]));
    }
    return loaded;
  }
}
function runRules(rules, doc, source, request, settings, index, out) {
  for (const rule of rules) {
    if (!applies(rule, doc)) continue;
    const context = { file: source, options: settings[rule.meta.id]?.options ?? {}, repo: request.repo, index };
    try {
      const problems = rule.check(doc, context);
      out.push(...problems.map((p) => toFinding(rule, doc, p, effectiveSeverity(rule, p.severity, settings))));
    } catch (e) {
      const pos = doc.locateObject();
      out.push(
        toolFinding(INTERNAL_ERROR, doc.file, pos.startLine, pos.startColumn, "crashed", {
          rule: rule.meta.id,
          error: e instanceof Error ? e.name : "unknown error"
        }, doc.absolutePath([]), resourceOf2(doc))
      );
    }
  }
}
function applies(rule, doc) {
  const roles = rule.target.roles ?? ["object"];
  if (!roles.includes(doc.role)) return false;
  return !rule.target.kinds || rule.target.kinds.includes(doc.kind);
}
function resourceOf2(doc) {
  if (doc.role === "object") {
    const r = { kind: detached(doc.kind) };
    if (doc.namespace) r.namespace = detached(doc.namespace);
    if (doc.name) r.name = detached(doc.name);
    return r;
  }
  if (doc.role === "kustomization") return { kind: "Kustomization", name: doc.file };
  return void 0;
}
function detached(s) {
  return s.length < 13 ? s : (" " + s).slice(1);
}
function positionOf(doc, p) {
  if (p.line !== void 0) return { startLine: p.line, startColumn: 1, endLine: p.line, endColumn: 1 };
  if (p.onObject || p.path.length === 0) return doc.locateObject();
  if (p.onKey) return doc.locateKey(p.path) ?? doc.locate(p.path);
  return doc.locate(p.path, p.innerLine);
}
function renderMessage(template, params = {}) {
  return template.replace(/\{(\w+)\}/g, (m, k) => k in params ? String(params[k]) : m);
}
function toFinding(rule, doc, p, severity) {
  const resource = resourceOf2(doc);
  const pos = positionOf(doc, p);
  const template = rule.meta.messages[p.messageId];
  if (template === void 0) throw new Error(`rule ${rule.meta.id} has no message ${p.messageId}`);
  const params = { resource: describeResource(resource), ...p.params };
  const identity = doc.role === "object" ? doc.absolutePath(p.path) : ["document", doc.index, ...p.path];
  const f = {
    ruleId: rule.meta.id,
    severity,
    file: doc.file,
    startLine: pos.startLine,
    endLine: pos.endLine,
    startColumn: pos.startColumn,
    endColumn: pos.endColumn,
    resource,
    messageId: p.messageId,
    message: renderMessage(template, params),
    remediation: rule.meta.remediation,
    docsUrl: docsUrl(rule.meta.id),
    fingerprint: fingerprint(rule.meta.id, doc.file, resource, p.line !== void 0 ? [...identity, "@line", p.line] : identity, p.messageId)
  };
  if (p.evidence) f.evidence = p.evidence;
  return f;
}
function toolFinding(rule, file, line, column, messageId, params, path4 = [], resource) {
  const severity = rule.meta.defaultSeverity === "off" ? "notice" : rule.meta.defaultSeverity;
  return {
    ruleId: rule.meta.id,
    severity,
    file,
    startLine: line,
    endLine: line,
    startColumn: column,
    resource,
    messageId,
    message: renderMessage(rule.meta.messages[messageId], params),
    remediation: rule.meta.remediation,
    docsUrl: docsUrl(rule.meta.id),
    fingerprint: fingerprint(rule.meta.id, file, resource, path4, messageId)
  };
}
function chartLookup(repo) {
  const known = /* @__PURE__ */ new Map();
  return (dir) => {
    let has = known.get(dir);
    if (has === void 0) {
      has = repo.exists(dir ? `${dir}/Chart.yaml` : "Chart.yaml");
      known.set(dir, has);
    }
    return has;
  };
}
function hintsFor(path4, hasChart) {
  const parts = path4.split("/");
  const besideChart = hasChart(parts.slice(0, -1).join("/"));
  let inChartTemplates = false;
  for (let i = parts.length - 2; i >= 0; i--) {
    if (parts[i] === "templates" && hasChart(parts.slice(0, i).join("/"))) inChartTemplates = true;
  }
  return { besideChart, inChartTemplates };
}
var KindIndex = class {
  constructor(kinds) {
    this.kinds = kinds;
  }
  kinds;
  byKind = /* @__PURE__ */ new Map();
  wholeRepository = false;
  wants(doc) {
    const key = kindKey(doc);
    return key !== void 0 && this.kinds.has(key);
  }
  add(doc) {
    const key = kindKey(doc) ?? doc.kind;
    const list = this.byKind.get(key);
    if (list) list.push(doc);
    else this.byKind.set(key, [doc]);
  }
  ofKind(kind) {
    return this.byKind.get(kind) ?? [];
  }
};
function kindKey(doc) {
  if (doc.role === "kustomization") return "Kustomization";
  return doc.role === "object" ? doc.kind : void 0;
}
var emptyIndex = { ofKind: () => [], wholeRepository: false };

// src/report/json.ts
function summarize(input) {
  const count = (s) => input.findings.filter((f) => f.severity === s).length;
  return {
    files: input.files,
    documents: input.documents,
    findings: input.findings.length,
    error: count("error"),
    warning: count("warning"),
    notice: count("notice"),
    failed: input.findings.some((f) => failsGate(f.severity, input.failOn))
  };
}
function jsonReport(input) {
  return {
    tool: input.tool,
    summary: summarize(input),
    findings: input.findings.map(jsonFinding),
    suppressed: input.suppressed.map((s) => ({
      ...jsonFinding(s),
      reason: s.reason,
      ...s.until ? { until: s.until } : {},
      via: s.via
    })),
    ...input.baseline ? { baseline: input.baseline } : {}
  };
}
function renderJson(input) {
  return JSON.stringify(jsonReport(input), null, 2) + "\n";
}
function jsonFinding(f) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.file,
    startLine: f.startLine,
    endLine: f.endLine,
    startColumn: f.startColumn,
    ...f.endColumn !== void 0 ? { endColumn: f.endColumn } : {},
    ...f.resource ? { resource: f.resource } : {},
    messageId: f.messageId,
    message: f.message,
    remediation: f.remediation,
    docsUrl: f.docsUrl,
    fingerprint: f.fingerprint,
    ...f.evidence ? { evidence: f.evidence } : {}
  };
}

// src/report/text.ts
var COLOURS = { error: "\x1B[31m", warning: "\x1B[33m", notice: "\x1B[36m", dim: "\x1B[2m", bold: "\x1B[1m", reset: "\x1B[0m" };
function renderText(input, options = {}) {
  const c = options.colour ? COLOURS : { error: "", warning: "", notice: "", dim: "", bold: "", reset: "" };
  const lines = [];
  let current;
  for (const f of input.findings) {
    if (f.file !== current) {
      if (current !== void 0) lines.push("");
      lines.push(`${c.bold}${displayPath(f.file)}${c.reset}`);
      current = f.file;
    }
    lines.push(findingLine(f, c));
  }
  const inSource = input.suppressed.filter((s) => s.via !== "baseline");
  if (inSource.length > 0) {
    lines.push("", `${c.dim}Suppressed (${inSource.length}):${c.reset}`);
    for (const s of inSource) {
      lines.push(`${c.dim}  ${printable(s.file)}:${s.startLine}  ${s.ruleId}  ${printable(s.reason)}${s.until ? ` (until ${s.until})` : ""}${c.reset}`);
    }
  }
  const plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  if (input.baseline) {
    const b = input.baseline;
    lines.push("", `${c.dim}Baseline ${printable(b.file)}: ${plural(b.matched, "finding")} accepted${b.gone ? `; ${plural(b.gone, "baselined finding")} gone (fixed or changed): refresh the baseline with manifest-gate baseline` : ""}.${c.reset}`);
  }
  const sum = summarize(input);
  const verdict = sum.failed ? `${c.error}Failed${c.reset}` : "Passed";
  const time = input.elapsedMs !== void 0 ? ` in ${(input.elapsedMs / 1e3).toFixed(1)}s` : "";
  if (lines.length) lines.push("");
  lines.push(
    `${verdict}: ${plural(sum.findings, "finding")} (${plural(sum.error, "error")}, ${plural(sum.warning, "warning")}, ${plural(sum.notice, "notice")}) in ${plural(sum.files, "file")}, ${plural(sum.documents, "document")}${time}; fail-on: ${input.failOn}.`
  );
  return lines.join("\n") + "\n";
}
function findingLine(f, c) {
  const colour = c[f.severity];
  return `${displayPath(f.file)}:${f.startLine}:${f.startColumn}  ${colour}${f.severity.padEnd(7)}${c.reset}  ${f.ruleId}  ${printable(f.message)}`;
}
function displayPath(file) {
  const p = printable(file);
  return /^\s*:/.test(p) ? `./${p}` : p;
}
function printable(s) {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/report/sarif.ts
var SARIF_VERSION = "2.1.0";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/manifest-gate/manifest-gate";
var FINGERPRINT_KEY = "manifestGate/v1";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function sarifLog(input, rules) {
  const catalogue = [...rules];
  const index = new Map(catalogue.map((r, i) => [r.id, i]));
  const ruleIndex = (id) => {
    let i = index.get(id);
    if (i === void 0) {
      i = catalogue.length;
      catalogue.push({ id, title: id, defaultSeverity: "warning", remediation: "", docsUrl: "" });
      index.set(id, i);
    }
    return i;
  };
  const baselined = input.suppressed.filter((s) => s.via === "baseline");
  const withBaseline = input.baseline !== void 0;
  const results = [
    ...input.findings.map((f) => result(f, ruleIndex(f.ruleId), withBaseline ? "new" : void 0)),
    ...baselined.map((f) => result(f, ruleIndex(f.ruleId), "unchanged"))
  ];
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: input.tool.name,
            .../^\d+\.\d+\.\d+/.test(input.tool.version) ? { semanticVersion: input.tool.version } : {},
            version: input.tool.version,
            informationUri: INFORMATION_URI,
            rules: catalogue.map(ruleDescriptor)
          }
        },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
}
function renderSarif(input, rules) {
  return JSON.stringify(sarifLog(input, rules), null, 2) + "\n";
}
function ruleDescriptor(r) {
  const level = r.defaultSeverity === "off" ? "none" : LEVEL[r.defaultSeverity];
  return {
    id: r.id,
    name: r.id.replace(/(^|-)([a-z0-9])/g, (_, _d, c) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.remediation ? `${r.title}. ${r.remediation}` : r.title },
    ...r.docsUrl ? { helpUri: r.docsUrl } : {},
    help: {
      text: `${r.remediation}${r.docsUrl ? ` Documentation: ${r.docsUrl}` : ""}`.trim() || r.title,
      markdown: `**${r.title}**

${r.remediation}${r.docsUrl ? `

[Why this matters and how to fix it](${r.docsUrl})` : ""}`
    },
    defaultConfiguration: { enabled: r.defaultSeverity !== "off", level },
    properties: { tags: ["kubernetes"] }
  };
}
function result(f, ruleIndex, baselineState) {
  const region = { startLine: f.startLine, startColumn: Math.max(1, f.startColumn) };
  if (f.endLine >= f.startLine) region.endLine = f.endLine;
  if (f.endColumn !== void 0 && f.endColumn >= 1 && (f.endLine > f.startLine || f.endColumn > region.startColumn)) region.endColumn = f.endColumn;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: encodeUri(f.file), uriBaseId: "%SRCROOT%" }, region },
        ...f.resource ? { logicalLocations: [{ name: f.resource.name ?? "(unnamed)", fullyQualifiedName: `${f.resource.kind}/${f.resource.namespace ? `${f.resource.namespace}/` : ""}${f.resource.name ?? ""}`, kind: "resource" }] } : {}
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...baselineState ? { baselineState } : {}
  };
}
function encodeUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}

// src/sources/git.ts
import { execFileSync } from "node:child_process";
var GitError = class extends Error {
  name = "GitError";
};
var MAX_GIT_OUTPUT = 64 * 1024 * 1024;
function git(cwd, args2) {
  return execFileSync("git", args2, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: MAX_GIT_OUTPUT });
}
function changedSince(cwd, ref) {
  try {
    git(cwd, ["rev-parse", "--is-inside-work-tree"]);
  } catch {
    throw new GitError(`--changed-since needs a git repository, and ${cwd} is not inside one`);
  }
  if (ref.startsWith("-")) throw new GitError(`--changed-since: "${ref.slice(0, 40)}" is not a git ref`);
  let base;
  try {
    git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new GitError(`--changed-since: unknown git ref "${ref.slice(0, 80)}" (fetch it first, e.g. git fetch origin main)`);
  }
  try {
    base = git(cwd, ["merge-base", ref, "HEAD"]).trim();
  } catch {
    throw new GitError(`--changed-since: "${ref.slice(0, 80)}" has no common history with HEAD (a shallow clone? fetch with more depth)`);
  }
  const split = (out) => out.split("\0").filter(Boolean);
  const changed = split(git(cwd, ["diff", "--name-only", "-z", "--relative", "--no-renames", "--diff-filter=d", base, "--"]));
  const untracked = split(git(cwd, ["ls-files", "-z", "--others", "--exclude-standard"]));
  return [.../* @__PURE__ */ new Set([...changed, ...untracked])].sort();
}
function repositoryRoot(cwd) {
  return git(cwd, ["rev-parse", "--show-toplevel"]).trim();
}

// src/sources/local.ts
import { lstatSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import path2 from "node:path";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str3) => {
  let begs, beg, left, right = void 0, result2;
  let ai = str3.indexOf(a);
  let bi = str3.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str3.length;
    while (i >= 0 && !result2) {
      if (i === ai) {
        begs.push(i);
        ai = str3.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result2 = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str3.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result2 = [left, right];
    }
  }
  return result2;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str3) {
  return !isNaN(str3) ? parseInt(str3, 10) : str3.charCodeAt(0);
}
function escapeBraces(str3) {
  if (str3.indexOf("\\") === -1) {
    return str3;
  }
  return str3.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str3) {
  if (str3.indexOf("\0") === -1) {
    return str3;
  }
  return str3.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str3, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str3.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str3.slice(0, r[0]),
    body: str3.slice(r[0] + 1, r[1]),
    post: str3.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at2 = open[i];
    out += masked.slice(last, at2) + "\0";
    last = at2 + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str3, budget) {
  budget.remaining -= str3.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str3.length - 1; i >= 0; i--) {
    const c = str3.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str3.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str3, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str3, str3, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str3.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str3 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str3, options = {}) {
  if (!str3) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str3.slice(0, 2) === "{}") {
    str3 = "\\{\\}" + str3.slice(2);
  }
  return expand_(escapeBraces(str3), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str3) {
  return "{" + str3 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = isPadded(n[0]) || isPadded(n[1]);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str3, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str3];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str3;
  for (; ; ) {
    const m = balancedWithBudget(str3, masked, budget);
    if (!m) {
      return combine(acc, str3, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str3 = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str3 = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str3 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str3 = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize2 = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs2 = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs2.set(stack.pop(), i);
  });
  return pairs2;
};
var build = (toks, pairs2, start, end, top) => {
  let seq2 = [];
  const alts = [seq2];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs2.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs2, i + 1, close, false);
      seq2.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq2 = []);
    } else if (tok.t === "open") {
      seq2.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq2.push(lit("|"));
    } else if (tok.t === "close") {
      seq2.push(lit(")"));
    } else {
      seq2.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq2 = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq2(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq2(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk2 = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk2(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk2(n.sub, indent + "  ");
        return walk2(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk2(n.next, indent);
  };
  walk2(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize2(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str3 = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str3 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache2 = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache2.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache2;
    cache2 = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache2.get(key);
  if (!byPattern)
    cache2.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set2 = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set2.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set2, part) => {
        const prev = set2[set2.length - 1];
        if (part === "**" && prev === "**") {
          return set2;
        }
        if (part === "..") {
          if (set2.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set2.pop();
            return set2;
          }
        }
        set2.push(part);
        return set2;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit2 = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit2 && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set2 = braceExpand(marked, this.options);
    for (const p of set2) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set2;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set2 = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set2.length; r++) {
      const pattern = set2[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit2 = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit2) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/sources/local.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function isManifestName(name) {
  return /\.(ya?ml|json)$/i.test(name) || name === "Kustomization";
}
function passesFilter(rel, filter2) {
  const opts = { dot: true, matchBase: false };
  if (filter2.include.length && !filter2.include.some((g) => minimatch(rel, g, opts))) return false;
  return !filter2.exclude.some((g) => minimatch(rel, g, opts) || minimatch(rel, `${g.replace(/\/$/, "")}/**`, opts));
}
function relativePosix(root, abs) {
  return path2.relative(root, abs).split(path2.sep).join("/") || ".";
}
function discover(root, targets, filter2) {
  const files = /* @__PURE__ */ new Set();
  const notes = [];
  const missing = [];
  const visit = (abs, named) => {
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      missing.push(relativePosix(root, abs));
      return;
    }
    const rel = relativePosix(root, abs);
    if (st.isSymbolicLink()) {
      notes.push(`${rel}: symbolic link not followed`);
      return;
    }
    if (st.isDirectory()) {
      if (!named && SKIPPED_DIRS.has(path2.basename(abs))) return;
      for (const name of readdirSync(abs).sort()) visit(path2.join(abs, name), false);
      return;
    }
    if (!st.isFile()) return;
    if (!named && !isManifestName(path2.basename(abs))) return;
    if (passesFilter(rel, filter2)) files.add(rel);
  };
  for (const t of targets) visit(path2.resolve(root, t), true);
  return { files: [...files].sort(), notes, missing };
}
function diskRepo(root) {
  const realRoot = realpathSync(root);
  const inside = (rel) => {
    const abs = path2.resolve(root, rel);
    try {
      const real = realpathSync(abs);
      const relReal = path2.relative(realRoot, real);
      if (relReal.startsWith("..") && !rel.startsWith("..")) return void 0;
      return abs;
    } catch {
      return void 0;
    }
  };
  return {
    readBytes(rel) {
      const abs = path2.resolve(root, rel);
      try {
        if (lstatSync(abs).isSymbolicLink()) return void 0;
        return readFileSync(abs);
      } catch {
        return void 0;
      }
    },
    readText(rel) {
      const abs = inside(rel);
      if (!abs) return void 0;
      try {
        return readFileSync(abs, "utf8");
      } catch {
        return void 0;
      }
    },
    exists(rel) {
      return inside(rel) !== void 0;
    }
  };
}

// src/version.ts
var VERSION = true ? "0.1.0" : "dev";
var TOOL = { name: "manifest-gate", version: VERSION };

// src/cli.ts
var USAGE = `Usage: manifest-gate scan [PATH ...] [--format text|json|sarif] [--output FILE] [--config FILE]
                          [--fail-on error|warning|notice|never] [--include GLOB]... [--exclude GLOB]...
                          [--baseline FILE] [--changed-since GIT_REF]
       manifest-gate baseline [PATH ...] --output FILE [--config FILE] [--include GLOB]... [--exclude GLOB]...

scan      Scans Kubernetes manifests for committed secrets, oversized objects and broad RBAC on Secrets.
          Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.
baseline  Records today's findings so that \`scan --baseline FILE\` fails only on new ones.`;
var FORMATS = ["text", "json", "sarif"];
var MAX_GONE_LISTED = 20;
var UsageError = class extends Error {
};
function runCli(argv, io) {
  try {
    return dispatch(argv, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof BaselineError || e instanceof GitError) {
      for (const line of e.message.split("\n")) io.stderr(`manifest-gate: ${line}
`);
      return 2;
    }
    throw e;
  }
}
function dispatch(argv, io) {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === "help") {
    io.stdout(USAGE + "\n");
    return 0;
  }
  if (command === "--version") {
    io.stdout(`${TOOL.version}
`);
    return 0;
  }
  if (command === "scan") return scanCommand(rest, io);
  if (command === "baseline") return baselineCommand(rest, io);
  throw new UsageError(command ? `unknown command "${command.slice(0, 40)}"; try: manifest-gate scan [PATH ...]` : USAGE.split("\n")[0]);
}
var COMMON_OPTIONS = {
  output: { type: "string" },
  config: { type: "string" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  "changed-since": { type: "string" },
  help: { type: "boolean", short: "h" }
};
function parse2(run) {
  try {
    return run();
  } catch (e) {
    throw new UsageError(e.message.split("\n")[0]);
  }
}
function scanCommand(args2, io) {
  const { values, positionals } = parse2(
    () => parseArgs({
      args: [...args2],
      allowPositionals: true,
      strict: true,
      options: { ...COMMON_OPTIONS, format: { type: "string", default: "text" }, "fail-on": { type: "string" }, baseline: { type: "string" } }
    })
  );
  if (values.help) {
    io.stdout(USAGE + "\n");
    return 0;
  }
  const format = values.format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${format.slice(0, 40)}"`);
  const config = loadConfig(io.cwd, values.config);
  const failOn = values["fail-on"] !== void 0 ? parseFailOn(values["fail-on"], "--fail-on") : config.failOn;
  const baseline = values.baseline !== void 0 ? readBaseline(io.cwd, values.baseline) : void 0;
  const started = performance.now();
  const { result: result2, files, partial } = runScan(io, positionals, config, values);
  const report = {
    tool: TOOL,
    files: result2.files,
    documents: result2.documents,
    findings: result2.findings,
    suppressed: result2.suppressed,
    failOn,
    elapsedMs: performance.now() - started
  };
  if (baseline && values.baseline !== void 0) {
    const split = applyBaseline(result2.findings, baseline, values.baseline, partial ? new Set(files) : void 0);
    report.findings = split.findings;
    report.suppressed = [...result2.suppressed, ...split.baselined];
    report.baseline = { file: values.baseline, matched: split.baselined.length, gone: split.gone.length };
    if (split.gone.length > 0) {
      io.stderr(`manifest-gate: ${split.gone.length} baselined finding${split.gone.length === 1 ? " is" : "s are"} gone (fixed or changed); refresh with: manifest-gate baseline --output ${values.baseline}
`);
      for (const e of split.gone.slice(0, MAX_GONE_LISTED)) io.stderr(`manifest-gate:   gone: ${printable(e.file)}:${e.startLine} ${printable(e.ruleId)}
`);
      if (split.gone.length > MAX_GONE_LISTED) io.stderr(`manifest-gate:   \u2026 and ${split.gone.length - MAX_GONE_LISTED} more
`);
    }
  }
  const text2 = format === "json" ? renderJson(report) : format === "sarif" ? renderSarif(report, ruleInfo()) : renderText(report, { colour: io.isTTY && !values.output && !process.env.NO_COLOR });
  if (values.output) {
    writeOutput(io.cwd, values.output, text2);
    io.stderr(`${summaryLine(report)}
`);
  } else io.stdout(text2);
  return summarize(report).failed ? 1 : 0;
}
function baselineCommand(args2, io) {
  const { values, positionals } = parse2(() => parseArgs({ args: [...args2], allowPositionals: true, strict: true, options: COMMON_OPTIONS }));
  if (values.help) {
    io.stdout(USAGE + "\n");
    return 0;
  }
  const config = loadConfig(io.cwd, values.config);
  const { result: result2 } = runScan(io, positionals, config, values);
  const text2 = renderBaseline(createBaseline(result2.findings, io.now));
  if (values.output) {
    writeOutput(io.cwd, values.output, text2);
    io.stderr(`manifest-gate: recorded ${result2.findings.length} finding${result2.findings.length === 1 ? "" : "s"} in ${values.output}; scan with --baseline ${values.output} to fail only on new ones.
`);
  } else io.stdout(text2);
  return 0;
}
function runScan(io, positionals, config, values) {
  const filter2 = { include: [...config.include, ...values.include ?? []], exclude: [...config.exclude, ...values.exclude ?? []] };
  const found = discover(io.cwd, positionals.length ? positionals : ["."], filter2);
  if (found.missing.length) throw new UsageError(`${found.missing[0].slice(0, 200)}: no such file or directory`);
  for (const note of found.notes) io.stderr(`manifest-gate: skipped ${note}
`);
  if (found.files.length === 0 && filter2.include.length) {
    io.stderr(`manifest-gate: no file matched the include globs (${filter2.include.join(", ").slice(0, 200)}); nothing was scanned
`);
  }
  const repo = diskRepo(io.cwd);
  const ref = values["changed-since"];
  if (ref === void 0) {
    const wholeRepository = (positionals.length ? positionals : ["."]).every((p) => path3.resolve(io.cwd, p) === path3.resolve(io.cwd));
    return { result: scan({ files: found.files, repo, rules: RULES, settings: config.rules, wholeRepository, now: io.now }), files: found.files, partial: false };
  }
  const changed = new Set(changedSince(io.cwd, ref));
  const files = found.files.filter((f) => changed.has(f));
  io.stderr(`manifest-gate: ${files.length} of ${found.files.length} manifest files changed since ${ref.slice(0, 80)}
`);
  const context = discover(io.cwd, [repositoryRoot(io.cwd)], { include: [], exclude: config.exclude }).files;
  return { result: scan({ files, contextFiles: context, repo, rules: RULES, settings: config.rules, now: io.now }), files, partial: true };
}
function readBaseline(cwd, file) {
  let text2;
  try {
    text2 = readFileSync2(path3.resolve(cwd, file), "utf8");
  } catch {
    throw new UsageError(`--baseline ${file.slice(0, 200)}: cannot read the file (write one with: manifest-gate baseline --output ${file.slice(0, 200)})`);
  }
  return parseBaseline(text2, file);
}
function makeFolder(dir) {
  if (existsSync(dir)) return;
  const parent = path3.dirname(dir);
  if (parent !== dir) makeFolder(parent);
  mkdirSync(dir);
}
function writeOutput(cwd, file, text2) {
  const target = path3.resolve(cwd, file);
  try {
    makeFolder(path3.dirname(target));
    writeFileSync(target, text2);
  } catch (e) {
    throw new UsageError(`--output ${file.slice(0, 200)}: cannot write the file (${e.code ?? "error"})`);
  }
}
function summaryLine(report) {
  const s = summarize(report);
  const n = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${s.failed ? "Failed" : "Passed"}: ${n(s.findings, "finding")} (${n(s.error, "error")}, ${n(s.warning, "warning")}, ${n(s.notice, "notice")}) in ${n(s.files, "file")}; report written to the --output file.`;
}
function loadConfig(cwd, named) {
  const file = named ?? DEFAULT_CONFIG_PATH;
  let text2;
  try {
    text2 = readFileSync2(path3.resolve(cwd, file), "utf8");
  } catch {
    if (named) throw new UsageError(`--config ${named.slice(0, 200)}: cannot read the file`);
    return DEFAULT_CONFIG;
  }
  return parseConfig(file, text2);
}

// src/cli-entry.ts
try {
  process.exitCode = runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY)
  });
} catch (e) {
  process.stderr.write(`manifest-gate: internal error (${e instanceof Error ? e.name : "unknown"}); please report it
`);
  process.exitCode = 2;
}
