// SPDX-License-Identifier: GPL-3.0-or-later
// Freeing AST nodes without recursion (see NodeDeleter in ast.h).
#include "compiler/ast.h"

namespace pyvm::ast {

template <class Node>
void NodeDeleter<Node>::operator()(Node* node) const {
  // The nodes waiting to be freed by the outermost call on this thread.
  thread_local std::vector<Node*>* pending = nullptr;
  if (pending != nullptr) {
    pending->push_back(node);
    return;
  }
  std::vector<Node*> queue{node};
  pending = &queue;
  while (!queue.empty()) {
    Node* next = queue.back();
    queue.pop_back();
    delete next;  // its children join the queue
  }
  pending = nullptr;
}

template struct NodeDeleter<Expr>;
template struct NodeDeleter<Stmt>;
template struct NodeDeleter<Pattern>;

}  // namespace pyvm::ast
